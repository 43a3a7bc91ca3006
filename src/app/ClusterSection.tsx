// The cluster under the service: three views of where and on what its tasks run, as tabs (WAI-ARIA
// tabs pattern: arrow keys move between tabs, the tab panel follows), each panel its own lazy
// chunk so a view nobody opens costs nothing. The ENI panel is the first tab. App renders the
// section in two slots and it shows in one: first on the page when the scenario is about the
// cluster, else after the settings forms (App.tsx says why).

import type { KeyboardEvent } from 'react';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { AppState, Locale } from '../store/appStore';
import { selectLocale } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import './clusterSection.css';

const NetworkPanel = lazy(() => import('../panels/network/NetworkPanel').then(({ NetworkPanel }) => ({ default: NetworkPanel })));
const PlacementPanel = lazy(() => import('../panels/placement/PlacementPanel').then(({ PlacementPanel }) => ({ default: PlacementPanel })));
const DataPlanePanel = lazy(() => import('../panels/dataplane/DataPlanePanel').then(({ DataPlanePanel }) => ({ default: DataPlanePanel })));

const TABS = ['network', 'placement', 'dataplane'] as const;
type Tab = (typeof TABS)[number];

const TEXT: Record<Locale, { label: string; tabs: Record<Tab, string> }> = {
  en: { label: 'The cluster: network, placement, who runs it', tabs: { network: 'Network (ENIs)', placement: 'Placement', dataplane: 'Who runs it?' } },
  ja: { label: 'クラスター: ネットワーク・配置・誰が動かすか', tabs: { network: 'ネットワーク（ENI）', placement: '配置', dataplane: '誰が動かす?' } },
};

const PANELS: Record<Tab, typeof NetworkPanel> = { network: NetworkPanel, placement: PlacementPanel, dataplane: DataPlanePanel };

/** Instances to place on, placement rules, awsvpcTrunking or subnets of /24 and smaller: the scenario is about the cluster. */
const selectClusterFirst = (s: AppState): boolean => {
  const scenario = s.mirror.snapshot?.scenario;
  if (!scenario) return false;
  const { service, cluster } = scenario;
  return (
    cluster.containerInstances.length > 0 ||
    cluster.awsvpcTrunking ||
    service.launchType === 'EC2' ||
    service.launchType === 'EXTERNAL' ||
    cluster.capacityProviders.some((p) => 'autoScalingGroupProvider' in p) ||
    service.placementStrategy.length + service.placementConstraints.length > 0 ||
    cluster.subnets.some((n) => Number(n.cidr.split('/')[1]) >= 24)
  );
};

export function ClusterSection({ slot }: { slot: 'first' | 'later' }) {
  const first = useAppStore(selectClusterFirst);
  return first === (slot === 'first') ? <ClusterTabs /> : null;
}

function ClusterTabs() {
  const locale = useAppStore(selectLocale);
  const [tab, setTab] = useState<Tab>('network');
  const base = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const text = TEXT[locale];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.indexOf(tab);
    const next = { ArrowRight: (i + 1) % TABS.length, ArrowLeft: (i + TABS.length - 1) % TABS.length, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setTab(TABS[next]);
    tabs.current[next]?.focus();
  };
  const Panel = PANELS[tab];
  return (
    <section data-panel="cluster" data-tab={tab} className="panel region-cluster" aria-label={text.label}>
      <div className="cluster-tabs" role="tablist" aria-label={text.label} onKeyDown={onKeyDown}>
        {TABS.map((name, i) => (
          <button
            key={name}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${base}-panel`}
            tabIndex={tab === name ? 0 : -1}
            data-tab={name}
            onClick={() => setTab(name)}
          >
            {text.tabs[name]}
          </button>
        ))}
      </div>
      <div id={`${base}-panel`} role="tabpanel" aria-labelledby={`${base}-tab-${tab}`} data-panel={tab} className="cluster-panel">
        <Suspense fallback={<div className="cluster-loading" />}>
          <Panel />
        </Suspense>
      </div>
    </section>
  );
}
