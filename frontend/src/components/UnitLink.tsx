import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The address of a unit's page in the Organisation area. */
export function unitPath(id: number): string {
  return `/organisation/units/${id}`;
}

/**
 * A unit's name as a link to its page. Any page that names a unit uses it, so that a reader can go from
 * a plan's issuer, a task's lead or a report's sender to what that unit does.
 */
export function UnitLink({ unit, children, className }: { unit: { id: number; name: string }; children?: ReactNode; className?: string }) {
  return (
    <Link to={unitPath(unit.id)} className={className ?? 'unit-link'}>
      {children ?? unit.name}
    </Link>
  );
}
