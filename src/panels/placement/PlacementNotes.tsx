// The placement panel's reading parts: why the last task went where it did (which filter
// removed which instances, and the strategy's ranking), the capacity providers beside the
// service's capacityProviderStrategy, and the ECS ↔ Kubernetes mapping of this service's rules.

import { formatClock } from '../../app/formatTime';
import type { CapacityProviderStrategyItem, CapacityProviderView, ContainerInstanceView, PlacementReasonView } from '../../sim';
import { filteredByReason, providerRows } from './placementGroups';
import type { PlacementMapping } from './placementMapping';
import type { PlacementText } from './placementText';

export function LastPlacement({ placement, instances, t }: { placement: PlacementReasonView | null; instances: readonly ContainerInstanceView[]; t: PlacementText }) {
  if (placement === null) return <p className="empty">{t.noPlacement}</p>;
  // Events name container instances by their ECS id; the boxes above show the EC2 instance id too.
  const name = (id: string) => {
    const instance = instances.find((i) => i.containerInstanceId === id);
    return instance ? `${instance.ec2InstanceId} (${id.slice(0, 8)})` : id;
  };
  const groups = filteredByReason(placement);
  return (
    <div className="pl-reason" data-placed-on={placement.containerInstanceId}>
      <p className="net-box__count">{t.placedOn(name(placement.containerInstanceId), formatClock(placement.time))}</p>
      <dl>
      <dt>{t.filteredOut}</dt>
      <dd>
        {groups.length === 0 ? (
          t.nothingFiltered
        ) : (
          <ul className="pl-filters">
            {groups.map((g) => (
              <li key={g.by} data-filter={g.by}>
                <strong>{g.by}</strong> ({g.count}): {g.instances.map(name).join(', ')}
                {g.count > g.instances.length && ` ${t.andMore(g.count - g.instances.length)}`}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t.ranking}</dt>
      <dd>
        <code className="pl-ranking">{placement.ranking}</code>
      </dd>
      {placement.capacityProvider !== undefined && (
        <>
          <dt>{t.capacityProvider}</dt>
          <dd>
            <code>{placement.capacityProvider}</code>
          </dd>
        </>
      )}
      </dl>
    </div>
  );
}

const dash = '—';

export function CapacityProviders({ providers, strategy, t }: { providers: readonly CapacityProviderView[]; strategy: readonly CapacityProviderStrategyItem[]; t: PlacementText }) {
  if (providers.length === 0) return null;
  const c = t.columns;
  return (
    <div className="table-scroll">
      <table className="pl-providers">
        <caption>{t.providersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.base}</th>
            <th scope="col">{c.weight}</th>
            <th scope="col">{c.tasks}</th>
            <th scope="col">{c.reservation}</th>
            <th scope="col">{c.scaling}</th>
          </tr>
        </thead>
        <tbody>
          {providerRows(providers, strategy).map(({ provider: p, item }) => {
            const asg = p.autoScalingGroup;
            return (
              <tr key={p.name} data-provider={p.name}>
                <th scope="row">
                  <code>{p.name}</code>
                  {p.type !== p.name && <span className="pl-type">{p.type}</span>}
                </th>
                <td className="number">{item ? item.base : <span className="pl-muted">{t.notInStrategy}</span>}</td>
                <td className="number">{item ? item.weight : dash}</td>
                <td className="number">{p.tasks}</td>
                <td className="number">{p.capacityProviderReservation === undefined ? dash : `${p.capacityProviderReservation}%`}</td>
                <td>
                  {asg ? `${asg.instanceType} · ${asg.minSize} / ${asg.desiredCapacity} / ${asg.maxSize}` : dash}
                  {p.managedScaling && <span className="pl-type">{`managedScaling ${p.managedScaling.status}, targetCapacity ${p.managedScaling.targetCapacity}%`}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function MappingNote({ mapping, untranslated, t }: { mapping: PlacementMapping; untranslated: readonly string[]; t: PlacementText }) {
  const c = t.mappingColumns;
  return (
    <>
      <div className="table-scroll">
        <table className="pl-mapping">
          <caption>{t.mappingCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.ecs}</th>
              <th scope="col">{c.k8s}</th>
              <th scope="col">{c.note}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.rows.map((row) => (
              <tr key={row.ecs} data-ecs={row.ecs}>
                <td>
                  <code>{row.ecs}</code>
                  {row.isDefault && <span className="pl-muted"> ({t.serviceDefault})</span>}
                </td>
                <td>{row.k8s === null ? <span className="pl-muted">{t.noEquivalent}</span> : <code>{row.k8s}</code>}</td>
                <td>{t.notes[row.note]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mapping.breaks.length > 0 && (
        <>
          <h4 className="net-heading">{t.breaksHeading}</h4>
          <ul className="pl-breaks">
            {mapping.breaks.map((b) => (
              <li key={b} data-break={b}>
                {t.breaks[b]}
              </li>
            ))}
          </ul>
        </>
      )}
      {untranslated.length > 0 && (
        <>
          <h4 className="net-heading">{t.untranslatedHeading}</h4>
          {/* The simulation's own words, in English like the systems' messages. */}
          <ul className="pl-breaks" lang="en" data-untranslated="">
            {untranslated.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
