// The one-file page: after the "single" build, its index.html gets the JS and CSS inlined and is
// written as dist/against-all.html, alone. The core's .wasm is already inside the JS (the SINGLE_FILE
// link, started as a Blob worker). The Content-Security-Policy then allows exactly these inline
// blocks, by hash, and nothing from any origin.
import { createHash } from 'node:crypto';

const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of the one-file page: no origin at all, only its own inline blocks (by hash). */
export function singleFilePolicy({ scripts, styles }) {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(cspHash).join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styles.map(cspHash).join(' ')}`,
    'img-src data:',
    // The worker starts from a Blob URL; inside it Emscripten reads the inlined .wasm data: URL.
    'worker-src blob:',
    'connect-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Text that may sit inside <script>/<style> without ending it early. */
function inlineSafe(code, tag) {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/**
 * Inlines the built HTML's module script and stylesheet, sets the policy, drops what a file on disk
 * cannot use (the web app manifest, the touch icon) and makes the icon a data: URL.
 * @param {string} html   the built index.html
 * @param {(fileName: string) => string} read  the built text of a file the HTML references
 * @param {string} iconSvg  the page icon
 */
export function inlinePage(html, read, iconSvg) {
  const scripts = [];
  const styles = [];
  let out = html
    .replace(/<script type="module"[^>]*\ssrc="\.?\/?([^"]+)"[^>]*><\/script>/g, (_, file) => {
      const code = inlineSafe(read(file), 'script');
      scripts.push(code);
      return `<script type="module">${code}</script>`;
    })
    .replace(/<link rel="stylesheet"[^>]*\shref="\.?\/?([^"]+)"[^>]*>/g, (_, file) => {
      const css = inlineSafe(read(file), 'style');
      styles.push(css);
      return `<style>${css}</style>`;
    })
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<link rel="(?:manifest|apple-touch-icon)"[^>]*>\s*/g, '')
    .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(iconSvg)}" />`);
  if (/<(?:script|link)[^>]+(?:src|href)="(?!data:)[^"]*"/.test(out.replace(/<script type="module">[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/g, ''))) {
    throw new Error('one-file page still references a file');
  }
  out = out.replace(
    /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
    (_, open, close) => `${open}${singleFilePolicy({ scripts, styles })}${close}`,
  );
  return out;
}

export function singleFilePlugin({ fileName = 'against-all.html', iconSvg }) {
  return {
    name: 'against-all:single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      const read = (file) => {
        const item = bundle[file];
        if (!item) throw new Error(`one-file page: ${file} is not in the build`);
        return item.type === 'chunk' ? item.code : String(item.source);
      };
      const html = inlinePage(String(page.source), read, iconSvg());
      for (const name of Object.keys(bundle)) delete bundle[name];
      this.emitFile({ type: 'asset', fileName, source: html });
    },
  };
}
