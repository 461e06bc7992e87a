#!/usr/bin/env python3
"""Static server for dist/ with the security headers the README asks hosts to set, and
precompressed (brotli/gzip) responses. Loopback only. deploy/ carries the same headers for nginx,
Caddy and static hosts that read a _headers file (e2e/tests/deploy.test.mjs checks them all).

Entry pages: / (index.html) is the standalone tool: framed only by its own origin, and
Cross-Origin-Opener-Policy same-origin. /frame.html is the same page for iframe embeds: any
HTTPS site may frame it (frame-ancestors 'self' https:). The static assets (scripts, wasm,
styles, icons, locale packs) may be loaded by any site (CORS), so inline embeds work without asking.

usage: serve.py [--port 8080] [--dir dist] [--frame-ancestors "'self' https:"] [--no-cors]
"""
import argparse
import email.utils
import http.server
import os
import sys

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; "
       "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors {fa}")
# Every feature a page could ask for is off; the embed generator copies its snippet with the
# clipboard (its own origin only).
PERMISSIONS = ', '.join(f + '=()' for f in (
    'accelerometer', 'autoplay', 'bluetooth', 'browsing-topics', 'camera', 'display-capture',
    'encrypted-media', 'fullscreen', 'gamepad', 'geolocation', 'gyroscope', 'hid', 'identity-credentials-get',
    'idle-detection', 'local-fonts', 'magnetometer', 'microphone', 'midi', 'otp-credentials', 'payment',
    'picture-in-picture', 'publickey-credentials-create', 'publickey-credentials-get', 'screen-wake-lock',
    'serial', 'storage-access', 'usb', 'web-share', 'window-management', 'xr-spatial-tracking',
    'clipboard-read')) + ', clipboard-write=(self)'
# Files other sites may load (inline embeds): with CORS and Cross-Origin-Resource-Policy cross-origin.
ASSETS = ('.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.webmanifest', '.png', '.ico', '.txt')
EMBED_PAGE = '/frame.html'
TYPES = {'.wasm': 'application/wasm', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
         '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
         '.json': 'application/json', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8'}


def security_headers(path, frame_ancestors, cors):
    """The headers for one request path (without its query): the table deploy/ repeats."""
    ext = os.path.splitext(path)[1]
    asset = ext in ASSETS
    h = [('Referrer-Policy', 'no-referrer'), ('X-Content-Type-Options', 'nosniff'),
         ('Permissions-Policy', PERMISSIONS), ('Cache-Control', 'no-cache')]
    if not asset or path == '/sw.js':
        h.append(('Content-Security-Policy', CSP.format(fa=frame_ancestors if path == EMBED_PAGE else "'self'")))
    if not asset and path != EMBED_PAGE:
        h.append(('Cross-Origin-Opener-Policy', 'same-origin'))
    # The host script is meant to be loaded by other sites; with CORS every asset is.
    shared = asset and (cors or path.endswith('/embed.js'))
    h.append(('Cross-Origin-Resource-Policy', 'cross-origin' if shared else 'same-origin'))
    if asset and cors:
        h.append(('Access-Control-Allow-Origin', '*'))
    return h


def make_handler(root, frame_ancestors, cors):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=root, **k)

        def log_message(self, fmt, *args):
            if os.environ.get('SIGNAAL_SERVE_LOG'):
                sys.stderr.write('[serve] ' + fmt % args + '\n')

        def handle_one_request(self):
            # A browser that navigates away mid-download closes the socket: not an error.
            try:
                super().handle_one_request()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def end_headers(self):
            for name, value in security_headers(self.path.split('?')[0].split('#')[0], frame_ancestors, cors):
                self.send_header(name, value)
            super().end_headers()

        def send_header(self, keyword, value):
            # No server tokens: the software and its version are nobody's business.
            if keyword.lower() != 'server':
                super().send_header(keyword, value)

        def send_head(self):
            path = self.translate_path(self.path)
            if os.path.isdir(path):
                if not self.path.split('?')[0].endswith('/'):
                    return super().send_head()  # the redirect to the folder with a slash
                path = os.path.join(path, 'index.html')
            if not os.path.isfile(path):
                return super().send_head()
            ext = os.path.splitext(path)[1]
            accept = self.headers.get('Accept-Encoding', '')
            enc, file = None, path
            for e, suffix in (('br', '.br'), ('gzip', '.gz')):
                if e in accept and os.path.isfile(path + suffix):
                    enc, file = e, path + suffix
                    break
            f = open(file, 'rb')
            fs = os.fstat(f.fileno())
            # Revalidation (every file is sent with no-cache): one validator per variant, so a
            # browser or the service worker that already holds this exact file gets a 304.
            etag = '"%x-%x-%s"' % (fs.st_size, fs.st_mtime_ns, enc or 'identity')
            last_modified = self.date_time_string(fs.st_mtime)
            if self.not_modified(etag, fs.st_mtime):
                f.close()
                self.send_response(304)
                self.send_validators(etag, last_modified, enc)
                self.end_headers()
                return None
            self.send_response(200)
            self.send_header('Content-Type', TYPES.get(ext, 'application/octet-stream'))
            if enc:
                self.send_header('Content-Encoding', enc)
            self.send_header('Content-Length', str(fs.st_size))
            self.send_validators(etag, last_modified, enc)
            self.end_headers()
            return f

        def send_validators(self, etag, last_modified, enc):
            self.send_header('ETag', etag)
            self.send_header('Last-Modified', last_modified)
            self.send_header('Vary', 'Accept-Encoding')

        def not_modified(self, etag, mtime):
            inm = self.headers.get('If-None-Match')
            if inm is not None:  # takes precedence over If-Modified-Since (RFC 9110, 13.2.2)
                return inm.strip() == '*' or etag in [t.strip().removeprefix('W/') for t in inm.split(',')]
            ims = self.headers.get('If-Modified-Since')
            if ims:
                try:
                    return int(mtime) <= email.utils.parsedate_to_datetime(ims).timestamp()
                except (TypeError, ValueError, IndexError, OverflowError):
                    return False
            return False

        def guess_type(self, path):
            return TYPES.get(os.path.splitext(path)[1], super().guess_type(path))

    return Handler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--port', type=int, default=8080)
    ap.add_argument('--dir', default=os.path.join(os.path.dirname(__file__), '..', 'dist'))
    ap.add_argument('--frame-ancestors', default="'self' https:",
                    help='who may frame the embed entry page /frame.html (the standalone page: only itself)')
    ap.add_argument('--cors', action='store_true', help='(the default) let other sites load the assets: inline embeds')
    ap.add_argument('--no-cors', dest='cors', action='store_false', help='assets for this origin only (inline embeds then show their fallback)')
    ap.set_defaults(cors=True)
    a = ap.parse_args()
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    srv = http.server.ThreadingHTTPServer(('127.0.0.1', a.port), make_handler(os.path.abspath(a.dir), a.frame_ancestors, a.cors))
    # With --port 0 the system picks a free port; the line says which (tests read it).
    print(f'Signaal served at http://127.0.0.1:{srv.server_address[1]}/ (Ctrl+C to stop)', flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    main()
