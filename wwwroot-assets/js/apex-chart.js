// The dashboard's wrapper around apexcharts: one call creates a chart in an element and returns a
// small handle that .NET keeps as an IJSObjectReference. Options arrive as JSON text serialised by
// ChartSerializer, so nothing is evaluated from strings. Events are attached only when .NET
// subscribed to them.

const localeCache = new Map();

// Every chart on the page, so a theme change (theme.js dispatches "dashboard-theme") restyles all of them.
const liveCharts = new Set();

function themeMode() {
    return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

document.addEventListener('dashboard-theme', () => {
    for (const chart of liveCharts) {
        chart.updateOptions({ theme: { mode: themeMode() }, chart: { background: 'transparent' } }, false, false);
    }
});

async function loadLocale(name) {
    if (!localeCache.has(name)) {
        localeCache.set(name, fetch(`lib/apexcharts/locales/${name}.json`).then(r => (r.ok ? r.json() : null)).catch(() => null));
    }
    return localeCache.get(name);
}

// apexcharts' legend rules, which the page links (lib/apexcharts/apexcharts-legend.css) instead of letting
// apexcharts add a <style> inside every legend it draws: a new <style> restyles the whole page, once per chart
// per redraw (with the measurements around it, 40 % of a redraw's main-thread time at a million articles).
// An exported SVG has no page around it, so it gets them inside its legend.
let legendCss = null;

function legendRules() {
    legendCss ??= fetch('lib/apexcharts/apexcharts-legend.css').then(r => (r.ok ? r.text() : '')).catch(() => '');
    return legendCss;
}

/** The chart drawn in element as a standalone SVG document, or null before it is drawn. */
export async function svgDocument(element) {
    const svg = element.querySelector('svg.apexcharts-svg') ?? element.querySelector('svg');
    if (!svg) {
        return null;
    }
    const clone = svg.cloneNode(true);
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const legend = clone.querySelector('foreignObject');
    if (legend) {
        const style = document.createElementNS('http://www.w3.org/1999/xhtml', 'style');
        style.textContent = await legendRules();
        legend.prepend(style);
    }
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

// apexcharts measures every label it writes (it adds the text to the page, reads its box and removes it: one
// layout each) and forgets the measurements at every update, so a redraw measured the same outlet names, actor
// names, dates and numbers again: about 200 layouts per filter change. The measurement depends only on the text
// and its font, so each chart keeps them across its updates. This reaches into apexcharts' globals (pinned
// version, see package-lock.json); when the field is missing the chart simply measures as before.
const keptMeasurements = new Set();
const mostKept = 5000;

document.fonts?.addEventListener?.('loadingdone', () => {
    // A font that arrives late changes the widths of what was measured with its fallback.
    for (const kept of keptMeasurements) {
        kept.clear();
    }
});

function keepMeasurements(chart) {
    const globals = chart.w?.globals;
    if (!globals || !(globals.textRectsCache instanceof Map)) {
        return null;
    }
    const kept = new Map();
    Object.defineProperty(globals, 'textRectsCache', {
        configurable: true,
        get: () => {
            if (kept.size > mostKept) {
                kept.clear();
            }
            return kept;
        },
        set: () => { /* apexcharts resets it at every update; the measurements stay true */ },
    });
    keptMeasurements.add(kept);
    return kept;
}

const htmlEscapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Outlet and actor names come from the data, and apexcharts writes legends and tooltips as HTML:
// every name shown there is escaped, so a name such as <img onerror=…> is text, never markup.
function escapeHtml(value) {
    return String(value ?? '').replace(/[&<>"']/g, c => htmlEscapes[c]);
}

function escapeNames(options) {
    options.legend = { ...(options.legend ?? {}), formatter: (name) => escapeHtml(name) };
    options.tooltip = options.tooltip ?? {};
    options.tooltip.y = { ...(options.tooltip.y ?? {}), title: { formatter: (name) => escapeHtml(name) } };
    // A time axis passes timestamps, which apexcharts formats itself; a category axis passes the names.
    if (options.xaxis?.type !== 'datetime') {
        options.tooltip.x = { ...(options.tooltip.x ?? {}), formatter: (value) => escapeHtml(value) };
    }
}

// AxisLabels.MostShown: a category axis writes every step-th label, step chosen from the columns drawn now
// (a series update can change their number without new options).
function thinLabels(options) {
    const mostShown = options.xaxis?.labels?.mostShown;
    if (!mostShown) {
        return;
    }
    delete options.xaxis.labels.mostShown;
    options.xaxis.labels.formatter = (value, _timestamp, context) => {
        const step = Math.max(1, Math.ceil((context?.w?.globals?.labels?.length ?? 0) / mostShown));
        return (context?.i ?? 0) % step === 0 ? value : '';
    };
}

async function prepare(options, dotNetRef, events) {
    options.chart = options.chart ?? {};
    thinLabels(options);
    escapeNames(options);
    // The card behind the chart gives the background; the theme only sets text and grid colours.
    options.chart.background = 'transparent';
    // The page links apexcharts' stylesheets (see legendRules).
    options.chart.injectStyleSheet = false;
    options.theme = { ...(options.theme ?? {}), mode: themeMode() };
    const localeName = options.chart.defaultLocale;
    if (localeName && localeName !== 'en') {
        const locale = await loadLocale(localeName);
        if (locale) {
            options.chart.locales = [locale];
        } else {
            delete options.chart.defaultLocale;
        }
    }
    if (dotNetRef && events.includes('dataPointSelection')) {
        options.chart.events = {
            dataPointSelection: (_event, _context, config) => {
                dotNetRef.invokeMethodAsync('OnDataPointSelection', config.seriesIndex, config.dataPointIndex);
            },
        };
    }
    return options;
}

// Each finished redraw bumps data-chart-revision, so a test or the redraw benchmark can tell when
// every chart of the page shows the new filter; data-chart-draw-ms says how long apexcharts itself
// took, which tells the browser's drawing apart from the wait for the server.
function countRedraw(element, started) {
    element.dataset.chartDrawMs = String(Math.round(performance.now() - started));
    element.dataset.chartRevision = String(Number(element.dataset.chartRevision ?? '0') + 1);
}

function download(url, fileName) {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
}

export function setLicense(key) {
    if (key && typeof globalThis.ApexCharts?.setLicense === 'function') {
        globalThis.ApexCharts.setLicense(key);
    }
}

export async function create(element, optionsJson, dotNetRef, events) {
    const ApexCharts = globalThis.ApexCharts;
    if (!ApexCharts) {
        throw new Error('apexcharts is not loaded: lib/apexcharts/apexcharts.min.js is missing from the page');
    }
    const options = await prepare(JSON.parse(optionsJson), dotNetRef, events);
    const chart = new ApexCharts(element, options);
    const kept = keepMeasurements(chart);
    await chart.render();
    liveCharts.add(chart);
    if (options.theme.mode !== themeMode()) {
        // The theme changed while this chart was being drawn (the layout applies it once interactive).
        await chart.updateOptions({ theme: { mode: themeMode() } }, false, false);
    }
    element.dataset.chartReady = 'true';
    return {
        updateSeries: async (seriesJson, animate) => {
            const started = performance.now();
            await chart.updateSeries(JSON.parse(seriesJson), animate);
            countRedraw(element, started);
        },
        updateOptions: async (optionsJson, redraw, animate) => {
            const started = performance.now();
            await chart.updateOptions(await prepare(JSON.parse(optionsJson), dotNetRef, events), redraw, animate);
            countRedraw(element, started);
        },
        exportPng: async (fileName) => {
            const { imgURI } = await chart.dataURI({ scale: 2 });
            download(imgURI, fileName);
        },
        exportSvg: async (fileName) => {
            const svg = await svgDocument(element);
            if (!svg) {
                return;
            }
            const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
            download(url, fileName);
            setTimeout(() => URL.revokeObjectURL(url), 10000);
        },
        destroy: () => {
            delete element.dataset.chartReady;
            liveCharts.delete(chart);
            keptMeasurements.delete(kept);
            chart.destroy();
        },
    };
}
