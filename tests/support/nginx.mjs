// Debian's nginx as a real static host for the tests: started on a free loopback port
// with a config of its own (the README's hosting example), stopped by the test.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

/** A port nothing listens on now (the kernel's pick), for nginx to take. */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The server block the README's hosting section documents, for `root` at `prefix`. */
export function siteConfig({ root, prefix, port, csp }) {
  return `
    server {
      listen 127.0.0.1:${port};
      gzip on;
      gzip_types text/css text/javascript application/javascript application/wasm image/svg+xml;
      location ${prefix} {
        alias ${root}/;
        add_header Content-Security-Policy "${csp}" always;
      }
    }`;
}

/**
 * Serves `root` at `prefix` from nginx with the header `csp`. Resolves to
 * { origin, url, close }; nginx's own files live in a temporary folder.
 */
export async function startNginx({ root, prefix, csp }) {
  const dir = await mkdtemp(join(tmpdir(), 'certplan-nginx-'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  await writeFile(
    conf,
    // Started as root, nginx would serve as "nobody", who cannot read a checkout in a
    // private folder (a fresh clone under mktemp -d): serve as whoever runs the test.
    `daemon off;
    user ${userInfo().username};
    worker_processes 1;
    pid ${dir}/nginx.pid;
    error_log ${dir}/error.log;
    events { worker_connections 64; }
    http {
      include /etc/nginx/mime.types;
      default_type application/octet-stream;
      access_log ${dir}/access.log;
      client_body_temp_path ${dir}/body;
      proxy_temp_path ${dir}/proxy;
      fastcgi_temp_path ${dir}/fastcgi;
      uwsgi_temp_path ${dir}/uwsgi;
      scgi_temp_path ${dir}/scgi;
      ${siteConfig({ root, prefix, port, csp })}
    }`,
  );
  const server = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(origin + prefix);
      break;
    } catch (error) {
      if (server.exitCode !== null || attempt > 100) {
        throw new Error(`nginx did not start (exit ${server.exitCode}); see ${dir}/error.log`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    url: origin + prefix,
    close: async () => {
      server.kill('SIGQUIT');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
