import type { components } from '../../api/schema';

type S = components['schemas'];
export type NationalProvince = S['NationalProvince'];
export type NationalCommune = S['NationalCommune'];
export type NationalCommuneDiff = S['NationalCommuneDiff'];
export type NationalRenamed = S['NationalRenamed'];
export type NationalNameMatch = S['NationalNameMatch'];
export type NationalUnitKind = S['NationalUnitKind'];
export type ProvinceSetup = S['NationalProvinceSetup'];
