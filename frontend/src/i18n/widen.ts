/** The shape of a dictionary with every message widened to string: what the other language must provide. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
