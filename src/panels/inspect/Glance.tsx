// A record's telling fields, as a short list above its full CLI output.

import type { GlanceRow } from './glanceRows';

export function Glance({ name, rows, testId }: { name: string; rows: GlanceRow[]; testId?: string }) {
  return (
    <dl className="glance" lang="en" data-testid={testId}>
      <div className="glance-name">{name}</div>
      {rows.map(([field, value]) => (
        <div key={field} className="glance-row" data-field={field}>
          <dt>{field}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
