import type { ControllerHostsJson } from '../api-types';
import { h } from '../dom';
import { age, type HostRow, type RegionNode } from '../model';

/** The controller's view of one host: stream, lag in revisions, digest agreement. */
function controllerCells(row: HostRow, controller: ControllerHostsJson): HTMLElement[] {
  if (!controller.reachable) return [h('td', { class: 'muted', colspan: '3' }, 'controller not reachable')];
  const c = row.controller;
  if (c === undefined) return [h('td', { class: 'muted', colspan: '3' }, 'not known to the controller')];
  const divergent = c.divergentVnis.length > 0;
  return [
    h('td', {}, h('span', { class: `badge ${c.connected ? 'ok' : 'bad'}` }, c.connected ? 'attached' : 'detached')),
    h('td', { class: c.lagRevisions > 0 ? 'warn' : '', 'data-lag': String(c.lagRevisions) }, `${c.lagRevisions}`),
    h('td', { class: divergent ? 'bad' : '' }, c.digestRevision === null ? 'no report yet' : divergent ? `differs on VNI ${c.divergentVnis.join(', ')}` : 'agrees'),
  ];
}

function hostRow(row: HostRow, controller: ControllerHostsJson, nowMs: number): HTMLElement {
  const state = row.agentState;
  return h(
    'tr',
    { 'data-host': row.id, 'data-agent-state': state },
    h('td', { class: 'mono' }, row.id),
    h('td', { class: 'mono' }, row.vtep),
    h('td', {}, h('span', { class: `badge ${state === 'up' ? 'ok' : state === 'down' ? 'bad' : 'unknown'}` }, state)),
    h('td', { title: row.lastHeartbeatAt ?? '' }, age(row.lastHeartbeatAt, nowMs)),
    ...controllerCells(row, controller),
  );
}

/** Column titles, with what each means on hover. */
const HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['host', 'host id (binding:host_id)'],
  ['VTEP', "the host's tunnel endpoint address"],
  ['agent', 'agent_state at central: up while the host-agent holds its stream to a controller'],
  ['last heartbeat', 'last_heartbeat_at at central'],
  ['stream', "the host's stream on the vtep-controller"],
  ['lag (revisions)', 'revisions between the host’s last ack and what it was last sent; 0 when it applied everything it was sent'],
  ['digest', 'whether the tables the host last reported match what the controller sent'],
];

/** Regions → cells (AZ) → hosts with liveness (central) and lag/health (controller). */
export function topologyPanel(tree: readonly RegionNode[], controller: ControllerHostsJson, nowMs: number): HTMLElement {
  if (tree.length === 0) return h('p', { class: 'muted' }, 'No regions yet (POST /admin/v1/regions).');
  return h(
    'div',
    {},
    tree.map((region) =>
      h(
        'section',
        { class: 'region', 'data-region': region.name },
        h('h3', {}, 'region ', h('strong', {}, region.name)),
        region.cells.length === 0 ? h('p', { class: 'muted' }, 'no cells') : null,
        region.cells.map((cell) =>
          h(
            'div',
            { class: 'cell', 'data-cell': cell.name, 'data-az': cell.availabilityZone },
            h('h4', {}, 'cell ', h('strong', {}, cell.name), h('span', { class: 'az' }, `AZ ${cell.availabilityZone}`)),
            cell.hosts.length === 0
              ? h('p', { class: 'muted' }, 'no hosts')
              : h('table', {}, h('thead', {}, h('tr', {}, HEADERS.map(([t, title]) => h('th', { title }, t)))), h('tbody', {}, cell.hosts.map((row) => hostRow(row, controller, nowMs)))),
          ),
        ),
      ),
    ),
  );
}

/** One line on where lag and health come from, and why they may be missing. */
export function controllerStatus(controller: ControllerHostsJson): HTMLElement {
  if (!controller.configured) return h('p', { class: 'muted', 'data-controller': 'off' }, 'Lag and health: central has no controller ops URL configured (ui.controllerOpsUrl).');
  if (!controller.reachable) return h('p', { class: 'bad', 'data-controller': 'unreachable' }, `Lag and health: the vtep-controller did not answer (${controller.error ?? 'no reason given'}).`);
  return h('p', { class: 'muted', 'data-controller': 'ok' }, `Lag and health from the vtep-controller at revision ${controller.revision ?? '?'}.`);
}
