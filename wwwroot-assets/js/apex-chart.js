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

async function prepare(options, dotNetRef, events) {
    options.chart = options.chart ?? {};
    escapeNames(options);
    // The card behind the chart gives the background; the theme only sets text and grid colours.
    options.chart.background = 'transparent';
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
        exportSvg: (fileName) => {
            const svg = element.querySelector('svg.apexcharts-svg') ?? element.querySelector('svg');
            if (!svg) {
                return;
            }
            const clone = svg.cloneNode(true);
            clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
            const blob = new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' });
            const url = URL.createObjectURL(blob);
            download(url, fileName);
            setTimeout(() => URL.revokeObjectURL(url), 10000);
        },
        destroy: () => {
            delete element.dataset.chartReady;
            liveCharts.delete(chart);
            chart.destroy();
        },
    };
}
