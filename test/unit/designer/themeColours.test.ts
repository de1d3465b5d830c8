// The API Designer takes every colour from the VS Code theme: its stylesheet
// and the webview code hold no literal colour (hex, rgb(), hsl() and the other
// colour functions, or a named colour), only var(--vscode-*) and the keywords
// transparent, currentColor and inherit. Comments may mention colours.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const REPO = process.cwd();

// The CSS named colours (CSS Color 4), lower case.
const NAMED = new Set(
  ('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen').split(' '),
);
const HEX = /#[0-9a-f]{3,8}\b/gi;
const FUNCTIONS = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;

const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** The literal colours in the declarations of a stylesheet (selectors such as #app are not values). */
export function cssLiteralColours(css: string): string[] {
  const found: string[] = [];
  for (const block of withoutComments(css).matchAll(/\{([^{}]*)\}/g)) {
    for (const declaration of (block[1] ?? '').split(';')) {
      const value = declaration.slice(declaration.indexOf(':') + 1);
      if (!declaration.includes(':')) continue;
      found.push(...(value.match(HEX) ?? []), ...(value.match(FUNCTIONS) ?? []));
      // Variable names go (--vscode-editor-background is no colour); a fallback such as var(--x, red) stays.
      const words = value.replace(/--[\w-]+/g, ' ').toLowerCase().match(/[a-z-]+/g) ?? [];
      found.push(...words.filter((w) => NAMED.has(w)));
    }
  }
  return found;
}

/** The literal colours in the string literals of a script: a hex colour, a colour function, or a colour in a CSS declaration. */
export function scriptLiteralColours(code: string): string[] {
  const found: string[] = [];
  for (const literal of withoutComments(code).matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)) {
    const text = literal[0].slice(1, -1);
    if (/^\s*[a-z-]+\s*:/i.test(text)) found.push(...cssLiteralColours(`{${text}}`));
    else if (/^#[0-9a-f]{3,8}$/i.test(text.trim())) found.push(text);
    else found.push(...(text.match(FUNCTIONS) ?? []));
  }
  return found;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

describe('API Designer colours come from the theme', () => {
  for (const sheet of ['designer.css', 'review.css']) {
    it(`media/${sheet} has no literal colour`, () => {
      const css = readFileSync(join(REPO, 'media', sheet), 'utf8');
      assert.match(css, /var\(--vscode-/, 'the stylesheet uses the theme variables');
      assert.deepEqual(cssLiteralColours(css), []);
    });
  }

  it('the webview code has no literal colour', () => {
    const files = filesUnder(join(REPO, 'webview'), '.ts');
    assert.ok(files.length > 5, 'the webview sources were found');
    const found = files.flatMap((f) => scriptLiteralColours(readFileSync(f, 'utf8')).map((c) => `${relative(REPO, f)}: ${c}`));
    assert.deepEqual(found, []);
  });

  it('finds literal colours where they are, and not in comments, selectors or theme variables', () => {
    assert.deepEqual(cssLiteralColours('a { color: #fff; border: 1px solid rgba(0, 0, 0, 0.5); background: White; }'), ['#fff', 'rgba(', 'white']);
    assert.deepEqual(cssLiteralColours('/* like #fff or red */ #app { color: var(--vscode-foreground, transparent); outline: 1px solid currentColor; }'), []);
    assert.deepEqual(cssLiteralColours('.x { text-decoration: line-through; flex-wrap: wrap; border-color: var(--vscode-red, red); }'), ['red']);
    assert.deepEqual(scriptLiteralColours("el.style.color = '#1e1e1e'; el.style.background = `hsl(0 0% 0%)`; s = 'border: 1px solid black'; // '#000'"), ['#1e1e1e', 'hsl(', 'black']);
    assert.deepEqual(scriptLiteralColours("s = 'color: var(--vscode-foreground)'; t = 'outline: 1px solid var(--vscode-focusBorder)'"), []);
    assert.deepEqual(scriptLiteralColours("document.getElementById('app'); q('#add-route'); label = 'Red team'"), []);
  });
});
