import { Collections, domainError, portSecurityOf, type SecurityGroup } from '@trellis/domain';
import { PROJECT_DEFAULT, newPortGroups, updatedPortGroups, type StoredPort } from '@trellis/neutron';
import type { Store } from '@trellis/store';
import type { SecurityGroupService } from './security-group-service';
import type { TxnBuilder } from './store-txn';

/**
 * The `security_groups` attribute of ports, decided in the port's transaction: which groups a
 * port gets, and that each exists in the port's project. The transaction compares each group's
 * row, so a group deleted (or changed) meanwhile makes the port's write try again.
 */
export interface PortSecurityGroups {
  /** Groups of a new port; `requested` undefined = the project's default (see newPortGroups). */
  forNewPort(port: StoredPort, requested: readonly string[] | undefined, txn: TxnBuilder): Promise<string[]>;
  /** Groups of an updated port (`after` has its other changes applied). */
  forUpdatedPort(before: StoredPort, after: StoredPort, requested: readonly string[] | undefined, txn: TxnBuilder): Promise<string[]>;
}

export class StoredPortSecurityGroups implements PortSecurityGroups {
  constructor(private readonly store: Store, private readonly groups: SecurityGroupService) {}

  async forNewPort(port: StoredPort, requested: readonly string[] | undefined, txn: TxnBuilder): Promise<string[]> {
    const wanted = newPortGroups(requested, portSecurityOf(port), port.deviceOwner);
    const ids = wanted === PROJECT_DEFAULT ? [await this.groups.ensureDefault(port.projectId)] : wanted;
    return this.checked(port.projectId, ids, txn);
  }

  async forUpdatedPort(before: StoredPort, after: StoredPort, requested: readonly string[] | undefined, txn: TxnBuilder): Promise<string[]> {
    const ids = updatedPortGroups(before.securityGroups ?? [], requested, portSecurityOf(after));
    return requested === undefined ? [...ids] : this.checked(after.projectId, ids, txn);
  }

  /** Neutron's `_get_security_groups_on_port`: a port takes groups of its own project only; others do not exist for it. */
  private async checked(projectId: string, ids: readonly string[], txn: TxnBuilder): Promise<string[]> {
    const items = await this.store.getMany<SecurityGroup>(Collections.securityGroups, ids);
    return ids.map((id, i) => {
      const item = items[i];
      if (!item || item.value.projectId !== projectId) throw domainError('SecurityGroupNotFound', { id });
      // A bulk create names the same group for many ports: one compare is enough.
      if (!txn.compares.some((c) => c.collection === Collections.securityGroups && c.key === id)) txn.expect(Collections.securityGroups, id, item);
      return id;
    });
  }
}
