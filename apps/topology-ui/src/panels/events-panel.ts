import type { LiveMessageJson } from '../api-types';
import { h } from '../dom';
import { describeChange } from '../model';

/** Entries the log keeps (the newest first); older ones drop off. */
const MAX_ENTRIES = 200;

/** The live event log: one line per changed key, newest first. */
export class EventLog {
  private readonly list: HTMLOListElement;

  constructor(container: HTMLElement) {
    this.list = h('ol', { class: 'events', id: 'event-list' });
    container.replaceChildren(this.list);
  }

  add(message: LiveMessageJson): void {
    const lines: HTMLElement[] = [];
    if (message.type === 'changes') {
      const time = message.timestamp.slice(11, 19);
      for (const change of message.changes) lines.push(h('li', { 'data-collection': change.collection, 'data-change': change.type }, h('span', { class: 'mono muted' }, `${time} r${message.revision} `), describeChange(change)));
    } else if (message.type === 'compacted') {
      lines.push(h('li', { class: 'warn' }, `changes up to r${message.resume_revision} were compacted away; reloaded everything`));
    } else if (message.type === 'subscribed') {
      lines.push(h('li', { class: 'muted' }, `following changes after r${message.after_revision}`));
    }
    this.list.prepend(...lines.reverse());
    while (this.list.childElementCount > MAX_ENTRIES) this.list.lastElementChild?.remove();
  }
}
