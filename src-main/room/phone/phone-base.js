/* global window, document, navigator, localStorage */
// The phone page's groundwork (issue 15): the language and its words, the stored state, client
// ids, and the few DOM helpers the screens use (never innerHTML: every text from the room is set
// as text).
'use strict';
window.MCS_ROOM_BASE = (function () {
  var STORE = 'mcs-room-v1';
  var strings = window.MCS_ROOM_STRINGS;

  // ——— Language ———
  function pickLanguage() {
    var wanted = (
      navigator.languages && navigator.languages.length
        ? navigator.languages
        : [navigator.language || '']
    ).slice();
    wanted.push(document.documentElement.getAttribute('data-workshop-lang') || '', 'en');
    for (var i = 0; i < wanted.length; i++) {
      var base = String(wanted[i]).toLowerCase().split('-')[0];
      // Croatian serves Bosnian, Montenegrin and Serbian Latin readers.
      if (base === 'bs' || base === 'cnr' || base === 'sh') base = 'hr';
      if (strings[base]) return base;
    }
    return 'en';
  }
  var lang = pickLanguage();
  // Portuguese as in Portugal (pt alone counts 0 in the singular, as in Brazil).
  var plural =
    typeof Intl !== 'undefined' && Intl.PluralRules
      ? new Intl.PluralRules(lang === 'pt' ? 'pt-PT' : lang)
      : null;
  function t(key, vars) {
    var dict = strings[lang];
    var k = key;
    if (vars && typeof vars.count === 'number') {
      var form = plural ? plural.select(vars.count) : vars.count === 1 ? 'one' : 'other';
      k = dict[key + '_' + form] !== undefined ? key + '_' + form : key + '_other';
    }
    var text = dict[k] !== undefined ? dict[k] : strings.en[k] !== undefined ? strings.en[k] : key;
    return String(text).replace(/\{(\w+)\}/g, function (_, name) {
      return vars && vars[name] !== undefined ? String(vars[name]) : '';
    });
  }
  document.documentElement.lang = lang;
  // Arabic reads right to left: the page mirrors (its CSS uses logical properties only).
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = t('title');

  // ——— Stored state ———
  function load() {
    try {
      var raw = localStorage.getItem(STORE);
      var data = raw ? JSON.parse(raw) : null;
      if (data && typeof data === 'object') return data;
    } catch {
      /* storage unavailable or damaged: start afresh */
    }
    return {};
  }

  function save(data) {
    try {
      localStorage.setItem(STORE, JSON.stringify(data));
    } catch {
      /* private browsing with no storage: the page still works while open */
    }
  }

  /** A submission's own id: a retry sends the same one, and the room counts it once. */
  function newClientId() {
    var c = window.crypto;
    // randomUUID needs a secure context, which plain http on the LAN is not.
    if (c && typeof c.randomUUID === 'function') {
      try {
        return c.randomUUID();
      } catch {
        /* fall through */
      }
    }
    var bytes = new Uint8Array(16);
    if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
    else for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    var hex = '';
    for (var j = 0; j < 16; j++) hex += (bytes[j] < 16 ? '0' : '') + bytes[j].toString(16);
    return hex;
  }

  // ——— DOM ———
  function h(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      for (var key in props) {
        var value = props[key];
        if (value === undefined || value === null || value === false) continue;
        if (key === 'text') node.textContent = value;
        else if (key === 'onClick') node.addEventListener('click', value);
        else if (key === 'onSubmit') node.addEventListener('submit', value);
        else if (key === 'onInput') node.addEventListener('input', value);
        else if (key === 'className') node.className = value;
        else node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    (children || []).forEach(function (child) {
      if (child)
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function fill(node, children) {
    while (node.firstChild) node.removeChild(node.firstChild);
    children.forEach(function (child) {
      if (child) node.appendChild(child);
    });
  }

  function form(onSubmit, children) {
    return h(
      'form',
      {
        onSubmit: function (event) {
          event.preventDefault();
          onSubmit();
        },
        novalidate: true,
      },
      children,
    );
  }

  function errorBox() {
    return h('div', { role: 'alert' });
  }

  function showError(node, message) {
    fill(node, message ? [h('p', { className: 'error', text: message })] : []);
  }

  return {
    t: t,
    lang: lang,
    load: load,
    save: save,
    newClientId: newClientId,
    h: h,
    fill: fill,
    form: form,
    errorBox: errorBox,
    showError: showError,
  };
})();
