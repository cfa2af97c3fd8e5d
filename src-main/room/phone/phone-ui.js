/* global window, document */
// The phone page's screens (issue 15), drawn with plain DOM calls (never innerHTML: every text
// comes from the room and is set as text). A screen's frame — headings, the text box being typed
// in — is built once when the screen changes; the parts that change with each message (lists,
// counts, errors) are redrawn in place, so typing is never interrupted.
'use strict';
window.MCS_ROOM_UI = (function () {
  var main = document.getElementById('main');
  var banner = document.getElementById('banner');
  var base = window.MCS_ROOM_BASE;
  var stages = window.MCS_ROOM_STAGES;
  var h = base.h;
  var fill = base.fill;
  var form = base.form;
  var errorBox = base.errorBox;
  var showError = base.showError;
  var screenKey = null;
  var parts = {};

  // ——— Banner ———
  function renderBanner(state, t) {
    var waiting = state.outbox.length;
    banner.className = 'banner banner--' + state.conn;
    var line =
      state.conn === 'open'
        ? t('connected')
        : state.conn === 'closed'
          ? t('reconnecting')
          : t('connecting');
    fill(banner, [
      document.createTextNode(line),
      waiting > 0 ? h('small', { text: t('waitingToSend', { count: waiting }) }) : null,
    ]);
  }

  // ——— Joining ———
  function buildPin(state, a, t) {
    var input = h('input', {
      id: 'pin',
      className: 'pin',
      inputmode: 'numeric',
      autocomplete: 'off',
      maxlength: 6,
      pattern: '[0-9]*',
      value: state.pin,
    });
    parts.error = errorBox();
    return [
      h('h1', { text: t('joinTitle') }),
      form(
        function () {
          a.enterPin(input.value.replace(/\D/g, ''));
        },
        [
          h('label', { for: 'pin', text: t('pinLabel') }),
          input,
          parts.error,
          h('button', { type: 'submit', className: 'button--wide', text: t('continue') }),
        ],
      ),
    ];
  }

  function buildNames(state, a, t) {
    parts.list = h('ul', { className: 'names' });
    parts.error = errorBox();
    var many = state.names.length > 8;
    parts.filter = many
      ? h('input', {
          id: 'filter',
          type: 'search',
          autocomplete: 'off',
          onInput: function () {
            updateNames(state, a, t);
          },
        })
      : null;
    return [
      h('h1', { text: t('whoTitle') }),
      h('p', { className: 'hint', text: t('whoHint') }),
      parts.error,
      many ? h('label', { for: 'filter', text: t('filterLabel') }) : null,
      parts.filter,
      parts.list,
      h('button', {
        type: 'button',
        className: 'button--secondary button--wide',
        text: t('notOnList'),
        onClick: a.showWalkIn,
      }),
    ];
  }

  function updateNames(state, a, t) {
    var filter = parts.filter ? parts.filter.value.trim().toLowerCase() : '';
    var shown = state.names.filter(function (p) {
      return !filter || p.name.toLowerCase().indexOf(filter) >= 0;
    });
    fill(
      parts.list,
      shown.length
        ? shown.map(function (p) {
            return h('li', null, [
              h('button', {
                type: 'button',
                'data-key': 'name:' + p.id,
                text: p.name,
                onClick: function () {
                  a.pick(p.id);
                },
              }),
            ]);
          })
        : [h('li', { className: 'hint', text: t('noNames') })],
    );
    showError(parts.error, state.error);
  }

  function buildWalkIn(state, a, t) {
    var name = h('input', { id: 'wname', autocomplete: 'name', maxlength: 120, required: true });
    var org = h('input', { id: 'worg', autocomplete: 'organization', maxlength: 160 });
    parts.error = errorBox();
    return [
      h('h1', { text: t('walkInTitle') }),
      form(
        function () {
          if (name.value.trim()) a.walkIn(name.value.trim(), org.value.trim());
          else name.focus();
        },
        [
          h('label', { for: 'wname', text: t('walkInName') }),
          name,
          h('label', { for: 'worg', text: t('walkInOrganisation') }),
          org,
          parts.error,
          h('button', { type: 'submit', className: 'button--wide', text: t('walkInSend') }),
        ],
      ),
      h('button', { type: 'button', className: 'button--link', text: t('back'), onClick: a.back }),
    ];
  }

  function keyOf(state) {
    if (state.phase !== 'joined')
      return state.phase + (state.phase === 'names' ? ':' + (state.names.length > 8) : '');
    var view = state.stage ? state.stage.view : null;
    return (
      'joined:' +
      state.name +
      ':' +
      (view ? view.stageId + ':' + view.mode + ':' + view.title : 'none')
    );
  }

  function render(state, a) {
    var t = a.t;
    renderBanner(state, t);
    var active = document.activeElement;
    var focusKey = active && active.getAttribute ? active.getAttribute('data-key') : null;
    var key = keyOf(state);
    if (key !== screenKey) {
      screenKey = key;
      parts = {};
      var built =
        state.phase === 'pin'
          ? buildPin(state, a, t)
          : state.phase === 'names'
            ? buildNames(state, a, t)
            : state.phase === 'walkin'
              ? buildWalkIn(state, a, t)
              : state.phase === 'pending'
                ? [h('h1', { text: t('title') }), h('p', { text: t('pending') })]
                : stages.build(state, a, t);
      fill(main, built);
    }
    if (state.phase === 'names') updateNames(state, a, t);
    else if (state.phase === 'joined') stages.update(state, a, t);
    else if (parts.error) showError(parts.error, state.error);
    if (focusKey) {
      var again = main.querySelector('[data-key="' + focusKey.replace(/["\\]/g, '') + '"]');
      if (again && !again.disabled) again.focus();
    }
  }

  return { render: render };
})();
