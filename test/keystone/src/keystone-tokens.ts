import type { KeystoneUser } from '@trellis/testkit';

/** A project-scoped token by password auth against `keystoneUrl`, as any client gets one. */
export async function issueToken(keystoneUrl: string, user: KeystoneUser): Promise<{ token: string; expiresAt: string; projectId: string }> {
  const res = await fetch(`${keystoneUrl}/auth/tokens?nocatalog`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: user.username, domain: { name: 'Default' }, password: user.password } } },
        scope: { project: { name: user.project, domain: { name: 'Default' } } },
      },
    }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  const token = res.headers.get('x-subject-token');
  if (res.status !== 201 || token === null) throw new Error(`token for ${user.username}: HTTP ${res.status} ${text}`);
  const body = JSON.parse(text) as { token: { expires_at: string; project: { id: string } } };
  return { token, expiresAt: body.token.expires_at, projectId: body.token.project.id };
}
