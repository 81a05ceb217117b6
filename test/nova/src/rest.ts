/** The answer of one REST call: status and parsed JSON body. */
export interface Answer {
  readonly status: number;
  // Neutron JSON as received; tests read the fields they assert on.
  readonly json: any;
}

/** A Neutron endpoint called as a given identity (noauth headers, as keystonemiddleware sets them). */
export class NeutronClient {
  constructor(readonly url: string, private readonly headers: Readonly<Record<string, string>>) {}

  async call(method: string, path: string, body?: unknown): Promise<Answer> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...this.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    return { status: res.status, json: text === '' ? undefined : JSON.parse(text) };
  }

  /** The call, failing the test with the answer unless the status is `expected`. */
  async expect(expected: number, method: string, path: string, body?: unknown): Promise<Answer> {
    const answer = await this.call(method, path, body);
    if (answer.status !== expected) throw new Error(`${method} ${this.url}${path}: expected ${expected}, got ${answer.status} ${JSON.stringify(answer.json)}`);
    return answer;
  }
}

/** The user's project (members call as it) and the service project Nova's admin calls use. */
export const PROJECT = '5e4b0a2c7d9f4e1b8a3c6d2f0e9b7a41';
export const asUser = { 'x-project-id': PROJECT, 'x-roles': 'member,reader' } as const;
export const asAdmin = { 'x-project-id': 'service', 'x-roles': 'admin' } as const;
