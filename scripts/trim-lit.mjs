// A rollup plugin: removes from lit-html the parts this widget never uses — SVG and MathML templates,
// bindings inside <script>/<style>/<textarea>/<title>, directives (and the part types, getters and connection
// state only directives read), element, property and boolean-attribute bindings (`<div ${x}>`, `.p=`, `?a=`), compiled templates, the renderBefore and creationScope
// options, and the polyfill and version hooks.
// Every cut names the exact text it expects in lit-html's production build and
// fails the build when that text is not there (a new lit-html version), so nothing is cut silently.
// Without directive support a value shaped like a directive (`{_$litDirective$: …}`, from a hostile rules
// file or host page) is just a value: it renders as text and never constructs anything.
const cuts = [
  // Not a cut: where the page's Content-Security-Policy refuses the policy (`trusted-types 'none'`, a list
  // without lit-html, a second copy without 'allow-duplicates'), lit-html would throw as the script loads and
  // the element would never be defined. Instead it warns once, naming the directive, and renders through the
  // page's default policy if it has one (base-element.ts catches a render the page refuses).
  [
    'the Trusted Types policy, created where the page allows it',
    'e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0',
    'e=(()=>{try{return s?.createPolicy("lit-html",{createHTML:t=>t})}catch{console.warn("<massage-selector> needs the CSP directive: trusted-types lit-html \'allow-duplicates\'")}})()',
  ],
  ['SVG and MathML template wrappers (open)', 'l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
  ['SVG and MathML template wrappers (close)', '+(2===i?"</svg>":3===i?"</math>":"")', ''],
  [
    'SVG and MathML templates: unwrapping',
    'if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}',
    'this.el=S.createElement(f,e),P.currentNode=this.el.content;',
  ],
  [
    'bindings inside raw-text elements',
    'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
    '',
  ],
  ['directives', /function M\(t,i,s=t,e\)\{if\(i===E\)return i;.*?,i\}(?=class R\{)/, 'function M(t,i){return i}'],
  [
    'element bindings',
    '1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t))',
    '1===r.type&&(i=new r.ctor(h,r.name,r.strings,this,t))',
  ],
  [
    'ChildPart position getters (for directives)',
    'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}',
    '',
  ],
  ['AttributePart getters (for directives)', 'get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}', ''],
  ['TemplateInstance getters (for directives)', 'get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}', ''],
  ['ChildPart connection state (for async directives)', 'get _$AU(){return this._$AM?._$AU??this._$Cv}', ''],
  ['ChildPart connection flag', ',this._$Cv=e?.isConnected??!0', ''],
  ['setConnected (for LitElement)', 'setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', ''],
  ['disconnection hook (for async directives)', 'for(this._$AP?.(!1,!0,s);', 'for(;'],
  ['disconnectables (for async directives)', /this\._\$AN=void 0,/g, ''],
  [
    'part types (for directives)',
    /this\.type=[12],|constructor\(\)\{super\(\.\.\.arguments\),this\.type=[34]\}|constructor\(t,i,s,e,h\)\{super\(t,i,s,e,h\),this\.type=5\}/g,
    '',
  ],
  [
    'compiled templates (a `_$litType$` that is an object, from a build step we do not use)',
    '"number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)',
    'this._$AC(t)',
  ],
  ['render option renderBefore (1)', 'const e=s?.renderBefore??i;', 'const e=i;'],
  [
    'render option renderBefore (2)',
    'const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{})',
    'e._$litPart$=h=new k(i.insertBefore(c(),null),null,void 0,s??{})',
  ],
  ['render option creationScope (scoped registries)', '(t?.creationScope??l).importNode', 'l.importNode'],
  // test/node/bundle-contents.test.mjs fails when a template in lib/ uses a `.prop=` or `?attr=` binding.
  ['property and boolean-attribute bindings', 'ctor:"."===e[1]?I:"?"===e[1]?L:"@"===e[1]?z:H', 'ctor:"@"===e[1]?z:H'],
  ['polyfill and version hooks', ',B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");', ';'],
];

export function trimLit() {
  return {
    name: 'trim-lit',
    transform(code, id) {
      if (!/\/node_modules\/lit-html\/lit-html\.js$/.test(id)) return null;
      for (const [what, find, replacement] of cuts) {
        const next = code.replace(find, replacement);
        if (next === code) throw new Error(`trim-lit: lit-html changed, "${what}" not found; update scripts/trim-lit.mjs`);
        code = next;
      }
      return { code, map: null };
    },
  };
}
