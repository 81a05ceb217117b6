import { h } from '../dom';
import type { VniMesh } from '../model';

/** Per VNI, the hosts that are its tunnel endpoints (each floods to all the others). */
export function meshPanel(meshes: readonly VniMesh[]): HTMLElement {
  if (meshes.length === 0) return h('p', { class: 'muted' }, 'No VNIs yet.');
  return h(
    'ul',
    { class: 'mesh' },
    meshes.map((m) =>
      h(
        'li',
        { 'data-vni': m.vni === null ? '' : String(m.vni), 'data-mesh-network': m.network.name },
        h('span', { class: 'vni mono' }, `VNI ${m.vni ?? '-'}`),
        h('span', { class: 'net' }, m.network.name || m.network.id),
        m.members.length === 0
          ? h('span', { class: 'muted' }, 'no bound ports: no tunnels')
          : h(
              'span',
              { class: 'members' },
              m.members.map((member) =>
                h('span', { class: 'chip', 'data-member': member.host, title: `${member.ports} port(s) in ${member.cell ?? 'an unknown cell'}` }, member.host, h('small', { class: 'mono' }, ` ${member.vtep ?? '?'}`)),
              ),
              m.members.length > 1 ? h('small', { class: 'muted' }, ` ${(m.members.length * (m.members.length - 1)) / 2} tunnel pair(s)`) : null,
            ),
      ),
    ),
  );
}
