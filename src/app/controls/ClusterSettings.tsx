// Where the service runs, below the deployment settings: the cluster (a restart, since ECS cannot
// change it on a running service) beside task placement (UpdateService). One lazy chunk for both.

import { ClusterForm } from './ClusterForm';
import { PlacementForm } from './PlacementForm';

export function ClusterSettings() {
  return (
    <div className="region-cluster-settings pair">
      <ClusterForm />
      <PlacementForm />
    </div>
  );
}
