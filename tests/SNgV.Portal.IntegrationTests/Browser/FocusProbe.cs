using System.Text.Json;
using Microsoft.Playwright;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>
/// What the browser itself renders, measured in the page: the focus indicator of the focused element, the borders of
/// the form controls, and the backgrounds around them, with WCAG 2.x contrast ratios. Installed as an init script, so
/// every page of the context has <c>window.sngvProbe</c>.
/// <list type="bullet">
/// <item>The indicator is the outline and every box-shadow ring (colour, width or spread ≥ 2 px). The background is what
/// the page paints just outside the ring, sampled at the middle of each side with <c>elementsFromPoint</c> (the first
/// element there that is not the focused one or inside it, its background composited with its ancestors' up to the
/// first opaque one). On each side the indicator passes when one of its rings is ≥ 3:1 against that background; a
/// two-colour ring (dark ring, white halo) must also be ≥ 3:1 between its two colours, so that the ring touching the
/// background is seen as part of it.</item>
/// <item>A control's boundary is its border colour against the background just outside it, on each side.</item>
/// </list>
/// </summary>
public static class FocusProbe
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Calls <c>window.sngvProbe[name]()</c> in the page and reads its answer.</summary>
    public static async Task<T> RunAsync<T>(IPage page, string name)
    {
        var json = await page.EvaluateAsync<string>($"async () => JSON.stringify(await window.sngvProbe.{name}())");
        return JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidOperationException($"sngvProbe.{name} answered {json}.");
    }

    public const string Script = """
        (() => {
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 1;
          const paint = canvas.getContext('2d', { willReadFrequently: true });

          function parse(colour) {
            const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(colour);
            if (m) {
              let a = m[4] === undefined ? 1 : (m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]));
              return [parseFloat(m[1]), parseFloat(m[2]), parseFloat(m[3]), a];
            }
            if (colour === 'transparent') return [0, 0, 0, 0];
            paint.clearRect(0, 0, 1, 1);
            paint.fillStyle = '#000';
            paint.fillStyle = colour;
            paint.fillRect(0, 0, 1, 1);
            const d = paint.getImageData(0, 0, 1, 1).data;
            return [d[0], d[1], d[2], d[3] / 255];
          }

          function over(top, bottom) {
            const a = top[3];
            return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
          }

          function luminance(c) {
            const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          }

          function contrast(a, b) {
            const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (l1 + 0.05) / (l2 + 0.05);
          }

          function hex(c) { return '#' + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join(''); }

          // The colour an element and its ancestors paint, composited up to the first opaque one (the canvas is white).
          function backgroundOf(element) {
            const layers = [];
            for (let e = element; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c[3] > 0) layers.push(c);
              if (c[3] >= 1) break;
            }
            return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
          }

          // The background painted at each side's middle, `distance` px outside the element's border box.
          function surroundings(element, distance) {
            const r = element.getBoundingClientRect();
            const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
            const points = [['left', r.left - distance, cy], ['right', r.right + distance, cy], ['top', cx, r.top - distance], ['bottom', cx, r.bottom + distance]];
            const found = [];
            for (const [side, x, y] of points) {
              if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
              const behind = document.elementsFromPoint(x, y).find(e => e !== element && !element.contains(e));
              found.push([side, behind ? backgroundOf(behind) : [255, 255, 255, 1], behind]);
            }
            if (found.length === 0) {
              found.push(['parent', backgroundOf(element.parentElement || document.documentElement)]);
            }
            return found;
          }

          function px(value) { return parseFloat(value) || 0; }

          function describe(e) {
            const text = (e.getAttribute('aria-label') || e.innerText || e.value || e.getAttribute('name') || '').trim().replace(/\s+/g, ' ').slice(0, 50);
            const classes = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '';
            return `<${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${classes}${e.type && e.tagName === 'INPUT' ? ' type=' + e.type : ''}> "${text}"`;
          }

          function shadows(value) {
            if (!value || value === 'none') return [];
            // Chrome writes each shadow as "rgb(…) x y blur spread [inset]", separated by commas outside parentheses.
            const parts = []; let depth = 0, start = 0;
            for (let i = 0; i < value.length; i++) {
              if (value[i] === '(') depth++; else if (value[i] === ')') depth--;
              else if (value[i] === ',' && depth === 0) { parts.push(value.slice(start, i)); start = i + 1; }
            }
            parts.push(value.slice(start));
            return parts.map(p => p.trim()).filter(p => !/\binset\b/.test(p)).map(p => {
              const colour = /^(rgba?\([^)]*\)|[a-z]+\([^)]*\))/.exec(p);
              const lengths = p.replace(colour ? colour[0] : '', '').trim().split(/\s+/).map(px);
              return { colour: colour ? parse(colour[0]) : null, width: (lengths[3] || 0) + (lengths[2] || 0) / 2 };
            }).filter(s => s.colour && s.colour[3] > 0 && s.width >= 2);
          }

          function focusIndicator(e) {
            const cs = getComputedStyle(e);
            const rings = [];
            const outlineWidth = px(cs.outlineWidth);
            if (cs.outlineStyle !== 'none' && outlineWidth >= 2) {
              const c = parse(cs.outlineColor);
              if (c[3] > 0) rings.push({ colour: c, width: outlineWidth, kind: 'outline' });
            }
            for (const s of shadows(cs.boxShadow)) rings.push({ colour: s.colour, width: s.width, kind: 'box-shadow' });
            if (rings.length === 0) return { ratio: 0, detail: 'no focus indicator (outline ' + cs.outlineStyle + ' ' + cs.outlineWidth + ', box-shadow ' + cs.boxShadow + ')' };
            const reach = Math.max(...rings.map(r => r.kind === 'outline' ? r.width + Math.max(0, px(cs.outlineOffset)) : r.width));
            let worst = { ratio: Infinity, detail: '' };
            for (const [side, background] of surroundings(e, reach + 2)) {
              const painted = rings.map(r => over(r.colour, background));
              let best = { ratio: 0, detail: '' };
              painted.forEach((c, i) => {
                const ratio = contrast(c, background);
                if (ratio > best.ratio) best = { ratio, detail: `${rings[i].kind} ${hex(c)} on ${hex(background)} (${side})` };
              });
              if (painted.length > 1) {
                const between = Math.max(...painted.flatMap((a, i) => painted.slice(i + 1).map(b => contrast(a, b))));
                if (between < 3) best = { ratio: Math.min(best.ratio, between), detail: best.detail + `; its rings only ${between.toFixed(2)}:1 apart` };
              }
              if (best.ratio < worst.ratio) worst = best;
            }
            return worst;
          }

          // Bootstrap animates box-shadow and border colour (.15s): measure what stays once the transition is over,
          // jumping to its end rather than waiting for it.
          async function settled(e) {
            if (e && e.getAnimations) e.getAnimations().forEach(a => a.finish());
          }

          function visible(e) {
            return e.getClientRects().length > 0 && e.checkVisibility({ visibilityProperty: true, opacityProperty: true })
              && !e.closest('[aria-hidden="true"], [inert]');
          }

          // Every field of ProbeResult, so the C# side reads each one.
          function result(fields) {
            const r = Object.assign({ state: 'measured', element: '', ratio: 0, detail: '', collapsedMenu: false, focusVisible: true }, fields);
            if (!Number.isFinite(r.ratio)) { r.detail = `ratio ${r.ratio}: ${r.detail}`; r.ratio = 0; }
            return r;
          }

          const focusable = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
          const seen = new WeakSet();

          window.sngvProbe = {
            // The element the keyboard has just focused: "end" when focus left the page or came round again.
            async focused() {
              const e = document.activeElement;
              await settled(e);
              if (!e || e === document.body || e === document.documentElement) return result({ state: 'end' });
              if (seen.has(e)) return result({ state: 'end' });
              seen.add(e);
              const m = focusIndicator(e);
              const collapsedMenu = e.matches('.navbar-toggler[aria-expanded="false"]');
              return result({ element: describe(e), ratio: m.ratio, detail: m.detail, collapsedMenu, focusVisible: e.matches(':focus-visible') });
            },
            // Every other visible focusable element (a radio group's other options…), focused from script after the
            // keyboard walk, so Chrome still shows :focus-visible.
            async sweep() {
              const results = [];
              for (const e of document.querySelectorAll(focusable)) {
                if (seen.has(e) || e.disabled || e.tabIndex < 0 || !visible(e)) continue;
                e.focus();
                if (document.activeElement !== e) continue;
                await settled(e);
                seen.add(e);
                const m = focusIndicator(e);
                results.push(result({ element: describe(e), ratio: m.ratio, detail: m.detail, focusVisible: e.matches(':focus-visible') }));
              }
              document.activeElement?.blur();
              return results;
            },
            // Form controls' boundaries, nothing focused.
            async borders() {
              const previous = document.activeElement;
              previous?.blur();
              if (previous) await settled(previous);
              const controls = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea, .survey-option';
              const results = [];
              for (const e of document.querySelectorAll(controls)) {
                if (!visible(e) || e.tabIndex < 0 && !e.matches('.survey-option')) continue;
                e.scrollIntoView({ block: 'center', inline: 'nearest' });
                const cs = getComputedStyle(e);
                const sides = ['Top', 'Right', 'Bottom', 'Left'];
                if (sides.every(s => px(cs['border' + s + 'Width']) === 0 || cs['border' + s + 'Style'] === 'none')) {
                  results.push(result({ element: describe(e), detail: 'no border' }));
                  continue;
                }
                let worst = { ratio: Infinity, detail: '' };
                const map = { left: 'Left', right: 'Right', top: 'Top', bottom: 'Bottom', parent: 'Top' };
                for (const [side, background, behind] of surroundings(e, 1)) {
                  // In an input group the side that touches the group's button is bounded by that button.
                  if (behind && behind.closest('.input-group') === e.closest('.input-group') && behind.closest('.btn, .input-group-text, .form-control, .form-select')) continue;
                  const colour = over(parse(cs['border' + map[side] + 'Color']), background);
                  const ratio = contrast(colour, background);
                  if (ratio < worst.ratio) worst = { ratio, detail: `border ${hex(colour)} on ${hex(background)} (${side})` };
                }
                results.push(result({ element: describe(e), ratio: worst.ratio, detail: worst.detail }));
              }
              return results;
            },
            // At 200 % text: how wide the page is, and where the language switch is.
            layout() {
              const s = document.querySelector('.language-switch');
              const r = s ? s.getBoundingClientRect() : null;
              const scrolls = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
              const beyond = e => e.getBoundingClientRect().right > innerWidth + 0.5 && !scrolls(e);
              const wide = [...document.body.querySelectorAll('*')].filter(e => visible(e) && beyond(e) && ![...e.children].some(beyond));
              return {
                overflowing: wide.slice(0, 4).map(e => describe(e) + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px').join('; '),
                scrollWidth: document.documentElement.scrollWidth, innerWidth,
                switchVisible: !!s && visible(s), switchLeft: r ? r.left : -1, switchRight: r ? r.right : -1,
              };
            },
          };
        })();
        """;
}

/// <summary>One measurement: the element, its contrast ratio (0 = nothing to measure), and what was compared.</summary>
public sealed class ProbeResult
{
    public string State { get; set; } = "";

    public string Element { get; set; } = "";

    public double Ratio { get; set; }

    public string Detail { get; set; } = "";

    public bool CollapsedMenu { get; set; }

    public bool FocusVisible { get; set; }
}

public sealed class ProbeLayout
{
    public double ScrollWidth { get; set; }

    public double InnerWidth { get; set; }

    public bool SwitchVisible { get; set; }

    public double SwitchLeft { get; set; }

    public double SwitchRight { get; set; }

    /// <summary>The innermost elements that reach beyond the window's right edge.</summary>
    public string Overflowing { get; set; } = "";
}
