// The whole dashboard as one zip, built in the browser: every chart's SVG as drawn, and every
// panel's data as the CSV its own button downloads (same address, same filters). Nothing large
// crosses the Blazor circuit; fflate (a global from lib/fflate) writes the archive.

import { svgDocument } from './apex-chart.js';

// Returns the names of the files written, so the caller can tell the user what the archive holds.
export async function downloadZip(fileName) {
    const fflate = globalThis.fflate;
    if (!fflate) {
        throw new Error('fflate is not loaded: lib/fflate/fflate.min.js is missing from the page');
    }
    const encoder = new TextEncoder();
    const files = {};
    for (const element of document.querySelectorAll('[data-chart][data-chart-ready=true]')) {
        const svg = await svgDocument(element);
        if (svg) {
            files[`charts/${element.dataset.chart}.svg`] = encoder.encode(svg);
        }
    }
    const links = [...document.querySelectorAll('a[data-action=export-csv][href]')];
    const seen = new Set();
    for (const link of links) {
        const url = new URL(link.getAttribute('href'), document.baseURI);
        const name = url.pathname.split('/').pop();
        if (seen.has(name) || link.getAttribute('aria-disabled') === 'true') {
            continue;
        }
        seen.add(name);
        const response = await fetch(url, { credentials: 'same-origin' });
        if (!response.ok) {
            throw new Error(`${name}: the server answered ${response.status}`);
        }
        files[`data/${name}`] = new Uint8Array(await response.arrayBuffer());
    }
    const archive = fflate.zipSync(files, { level: 6 });
    const blobUrl = URL.createObjectURL(new Blob([archive], { type: 'application/zip' }));
    const anchor = document.createElement('a');
    anchor.href = blobUrl;
    anchor.download = fileName;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(blobUrl), 10000);
    return Object.keys(files);
}

export function print() {
    globalThis.print();
}
