#!/usr/bin/env python3
"""Second-origin host for the embedding tests: serves e2e/host (or --dir) on 127.0.0.1,
replaces __TOOL__ in HTML with the tool's origin and __HOST__ with its own, and sends the CSP a host page needs
to embed the tool (the one the README and the embed page recommend); pages named strict-*.html get a
stricter one (default-src 'none', Trusted Types enforced).

usage: serve.py --port 8766 --tool http://127.0.0.1:8765 [--dir e2e/host]
"""
import argparse
import http.server
import os

CSP = ("default-src 'self'; script-src 'self' {t} 'wasm-unsafe-eval'; style-src 'self' {t}; "
       "connect-src 'self' {t}; frame-src {t}; img-src 'self' {t}; object-src 'none'; base-uri 'none'")
# Pages named strict-*.html get a stricter policy: nothing by default, no script of the host's
# own, and Trusted Types enforced (no HTML from strings in any script on the page).
STRICT = ("default-src 'none'; script-src {t} 'wasm-unsafe-eval'; style-src 'self' {t}; connect-src {t}; "
          "frame-src {t}; img-src 'self' {t}; object-src 'none'; base-uri 'none'; form-action 'none'; "
          "frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'")


def handler(root, tool):
    class H(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=root, **k)

        def log_message(self, *a):
            pass

        def end_headers(self):
            strict = os.path.basename(self.path.split('?')[0]).startswith('strict-')
            self.send_header('Content-Security-Policy', (STRICT if strict else CSP).format(t=tool))
            self.send_header('Referrer-Policy', 'no-referrer')
            self.send_header('Cache-Control', 'no-cache')
            super().end_headers()

        def do_GET(self):
            path = self.translate_path(self.path)
            if path.endswith('.html') and os.path.isfile(path):
                body = open(path, encoding='utf-8').read().replace('__TOOL__', tool)
                body = body.replace('__HOST__', 'http://' + self.headers.get('Host', '127.0.0.1')).encode()
                self.send_response(200)
                self.send_header('Content-Type', 'text/html; charset=utf-8')
                self.send_header('Content-Length', str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()
    return H


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--port', type=int, default=8766)
    ap.add_argument('--tool', default='http://127.0.0.1:8765')
    ap.add_argument('--dir', default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    srv = http.server.ThreadingHTTPServer(('127.0.0.1', a.port), handler(os.path.abspath(a.dir), a.tool.rstrip('/')))
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
