"""Keystone auth in front of Trellis's noauth Neutron API, for the Tempest harness.

A WSGI app wrapped in keystonemiddleware's auth_token: the middleware validates X-Auth-Token and
sets the identity headers (X-Roles, X-Project-Id, X-User-Id, X-Tenant-Id, ...); the app forwards
the request to central-api with those headers and streams status, headers and body back.
Identity headers sent by the client are dropped before the middleware runs, so only a validated
token can name a project or a role.

    /usr/bin/python3 auth_proxy.py --listen-port P --upstream http://127.0.0.1:Q --config FILE

FILE holds a [keystone_authtoken] section (www_authenticate_uri, auth_url, auth_type=password,
username, password, ...). Prints "auth-proxy ready on http://127.0.0.1:P" once listening.
"""
import argparse
import http.client
import socketserver
import sys
import urllib.parse
from wsgiref import simple_server
from wsgiref.util import is_hop_by_hop

from keystonemiddleware import auth_token

# Headers keystonemiddleware sets from a validated token (as WSGI environ keys); a client must
# never be able to supply them.
IDENTITY_PREFIXES = (
    'HTTP_X_IDENTITY_STATUS', 'HTTP_X_SERVICE_IDENTITY_STATUS',
    'HTTP_X_DOMAIN_', 'HTTP_X_PROJECT_', 'HTTP_X_TENANT', 'HTTP_X_USER', 'HTTP_X_ROLE',
    'HTTP_X_SERVICE_', 'HTTP_X_IS_ADMIN_PROJECT', 'HTTP_X_SYSTEM_SCOPE', 'HTTP_X_TRUST_',
    'HTTP_X_APPLICATION_CREDENTIAL', 'HTTP_X_AUTH_PROJECT', 'HTTP_X_AUTH_USER',
)
# Headers forwarded to central: the identity headers Trellis's noauth provider reads, plus the
# rest keystonemiddleware sets (for logs), excluding the tokens themselves.
FORWARD_SKIP = {'HTTP_X_AUTH_TOKEN', 'HTTP_X_SERVICE_TOKEN', 'HTTP_X_SERVICE_CATALOG', 'HTTP_HOST', 'HTTP_CONNECTION'}
CHUNK = 64 * 1024


def strip_identity(app):
    def wrapper(environ, start_response):
        for key in [k for k in environ if k.startswith(IDENTITY_PREFIXES)]:
            del environ[key]
        return app(environ, start_response)
    return wrapper


class Forwarder:
    def __init__(self, upstream, drop_bodiless_content_type=False):
        self.drop_bodiless_content_type = drop_bodiless_content_type
        parsed = urllib.parse.urlsplit(upstream)
        self.host = parsed.hostname
        self.port = parsed.port

    def __call__(self, environ, start_response):
        headers = {}
        for key, value in environ.items():
            if key.startswith('HTTP_') and key not in FORWARD_SKIP and isinstance(value, str):
                name = key[5:].replace('_', '-').title()
                if not is_hop_by_hop(name):
                    headers[name] = value
        length = environ.get('CONTENT_LENGTH') or ''
        if environ.get('CONTENT_TYPE') and not (self.drop_bodiless_content_type and length.strip() in ('', '0')):
            headers['Content-Type'] = environ['CONTENT_TYPE']
        body = None
        if length.strip():
            n = int(length)
            headers['Content-Length'] = str(n)
            body = environ['wsgi.input'].read(n) if n > 0 else b''
        path = urllib.parse.quote(environ.get('PATH_INFO', ''), safe="/:@!$&'()*+,;=-._~")
        query = environ.get('QUERY_STRING', '')
        target = path + ('?' + query if query else '')
        conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        try:
            conn.request(environ['REQUEST_METHOD'], target, body=body, headers=headers)
            resp = conn.getresponse()
        except Exception as exc:  # upstream down: a 502 the client can see
            conn.close()
            msg = ('{"NeutronError": {"type": "BadGateway", "message": "%s", "detail": ""}}' % str(exc).replace('"', "'")).encode()
            start_response('502 Bad Gateway', [('Content-Type', 'application/json'), ('Content-Length', str(len(msg)))])
            return [msg]
        out_headers = [(k, v) for k, v in resp.getheaders() if not is_hop_by_hop(k)]
        start_response('%d %s' % (resp.status, resp.reason), out_headers)

        def stream():
            try:
                while True:
                    chunk = resp.read(CHUNK)
                    if not chunk:
                        break
                    yield chunk
            finally:
                conn.close()
        return stream()


class ThreadingServer(socketserver.ThreadingMixIn, simple_server.WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class QuietHandler(simple_server.WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - wsgiref's signature
        sys.stderr.write('auth-proxy %s\n' % (format % args))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--listen-port', type=int, required=True)
    parser.add_argument('--upstream', required=True)
    parser.add_argument('--config', required=True)
    # Diagnosis only (never in CI): hide a bodiless request's Content-Type from central, to see
    # which failures a refused bodiless DELETE masks.
    parser.add_argument('--drop-bodiless-content-type', action='store_true')
    args = parser.parse_args()
    app = strip_identity(auth_token.AuthProtocol(
        Forwarder(args.upstream, args.drop_bodiless_content_type),
        {'oslo_config_project': 'trellis-auth-proxy', 'oslo_config_file': args.config},
    ))
    server = simple_server.make_server('127.0.0.1', args.listen_port, app,
                                       server_class=ThreadingServer, handler_class=QuietHandler)
    print('auth-proxy ready on http://127.0.0.1:%d' % args.listen_port, flush=True)
    server.serve_forever()


if __name__ == '__main__':
    main()
