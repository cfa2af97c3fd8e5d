/* global window, document */
// The phone page's stage screens (issue 15): write cards, offers and needs; place dots; score
// ideas; see one's B2B meetings. `build` draws a screen's frame once (so typing is never
// interrupted); `update` redraws its changing parts in place after each message.
'use strict';
window.MCS_ROOM_STAGES = (function () {
  var base = window.MCS_ROOM_BASE;
  var h = base.h;
  var fill = base.fill;
  var form = base.form;
  var errorBox = base.errorBox;
  var showError = base.showError;
  var MAX_TEXT = 280;
  var parts = {};

  // ——— Stages ———
  function header(state, a, t) {
    return h('div', { className: 'header' }, [
      h('p', { text: t('hello', { name: state.name }) }),
      h('button', {
        type: 'button',
        className: 'button--link',
        text: t('notYou'),
        onClick: a.notMe,
      }),
    ]);
  }

  function buildCompose(state, a, t, mode) {
    var box = h('textarea', { id: 'text', maxlength: MAX_TEXT, rows: 4 });
    var counter = h('p', { className: 'count', 'aria-live': 'polite' });
    var count = function () {
      counter.textContent = t('charactersLeft', { count: MAX_TEXT - box.value.length });
    };
    box.addEventListener('input', count);
    count();
    parts.label = h('label', { for: 'text' });
    parts.toggle = mode === 'offers-needs' ? h('div', { className: 'toggle' }) : null;
    parts.items = h('ul', { className: 'items' });
    parts.error = errorBox();
    return [
      parts.toggle,
      form(
        function () {
          var text = box.value.trim();
          if (!text) return box.focus();
          a.sendText(mode === 'cards' ? 'card' : state.offerKind, text.slice(0, MAX_TEXT));
          box.value = '';
          count();
        },
        [
          parts.label,
          box,
          counter,
          h('button', { type: 'submit', className: 'button--wide', text: t('send') }),
        ],
      ),
      parts.error,
      h('h2', { text: t('sentTitle') }),
      parts.items,
    ];
  }

  function updateCompose(state, a, t, mode) {
    var view = state.stage.view;
    if (parts.toggle) {
      fill(
        parts.toggle,
        ['offer', 'need'].map(function (kind) {
          return h('button', {
            type: 'button',
            'data-key': 'kind:' + kind,
            'aria-pressed': String(state.offerKind === kind),
            text: t(kind),
            onClick: function () {
              a.setOfferKind(kind);
            },
          });
        }),
      );
    }
    parts.label.textContent =
      mode === 'cards'
        ? t('cardLabel')
        : t(state.offerKind === 'offer' ? 'offerLabel' : 'needLabel');
    var mine = state.history.filter(function (item) {
      return (
        item.stageId === view.stageId &&
        (mode === 'cards' ? item.kind === 'card' : item.kind !== 'card')
      );
    });
    fill(
      parts.items,
      mine
        .slice()
        .reverse()
        .map(function (item) {
          var status =
            item.status === 'sent'
              ? t('statusSent')
              : item.status === 'refused'
                ? t('statusRefused') + ' (' + a.reasonText(item.reason) + ')'
                : t('statusSaving');
          var prefix = mode === 'offers-needs' ? t(item.kind) + ': ' : '';
          return h('li', null, [
            h('span', { text: prefix + item.text }),
            h('span', { className: 'status status--' + item.status, text: status }),
          ]);
        }),
    );
  }

  /** Dots per idea as this phone sees them: the room's count, plus answers not yet in it. */
  function dotsOf(state) {
    var view = state.stage.view;
    var counts = {};
    var own = state.stage.mine.dots || {};
    for (var id in own) counts[id] = own[id];
    state.ackedDots.concat(state.outbox).forEach(function (item) {
      if (item.stageId !== view.stageId || item.action.kind !== 'dot') return;
      counts[item.action.ideaId] = Math.max(
        0,
        (counts[item.action.ideaId] || 0) + item.action.delta,
      );
    });
    return counts;
  }

  function updateDots(state, a, t) {
    var view = state.stage.view;
    var counts = dotsOf(state);
    var used = 0;
    view.ideas.forEach(function (idea) {
      used += counts[idea.id] || 0;
    });
    var left = Math.max(0, view.dotsPerParticipant - used);
    parts.budget.textContent = t('dotsLeft', { count: left });
    parts.note.textContent = view.revealed ? '' : t('hiddenTotals');
    fill(
      parts.ideas,
      view.ideas.length
        ? view.ideas.map(function (idea) {
            var n = counts[idea.id] || 0;
            var total = view.revealed ? view.revealed[idea.id] || 0 : null;
            return h('li', { className: 'idea' }, [
              h('p', { text: idea.text }),
              h('div', { className: 'stepper' }, [
                h('button', {
                  type: 'button',
                  'data-key': 'minus:' + idea.id,
                  'aria-label': t('removeDot', { idea: idea.text }),
                  disabled: n <= 0,
                  text: '−',
                  onClick: function () {
                    a.dot(idea.id, -1);
                  },
                }),
                h('output', { text: t('yourDots', { count: n }) }),
                h('button', {
                  type: 'button',
                  'data-key': 'plus:' + idea.id,
                  'aria-label': t('addDot', { idea: idea.text }),
                  disabled: left <= 0,
                  text: '+',
                  onClick: function () {
                    a.dot(idea.id, 1);
                  },
                }),
              ]),
              total === null
                ? null
                : h('p', { className: 'total', text: t('total', { count: total }) }),
            ]);
          })
        : [h('li', { className: 'hint', text: t('noIdeas') })],
    );
  }

  function updateScores(state, a, t) {
    var view = state.stage.view;
    fill(
      parts.ideas,
      view.ideas.length
        ? view.ideas.map(function (idea) {
            var chosen = state.scores[view.stageId + ':' + idea.id] || {};
            var scale = function (field) {
              return [
                h('p', { className: 'scale-label', text: t(field) }),
                h(
                  'div',
                  { className: 'scale', role: 'group', 'aria-label': t(field) },
                  [1, 2, 3, 4, 5].map(function (value) {
                    return h('button', {
                      type: 'button',
                      'data-key': field + ':' + idea.id + ':' + value,
                      'aria-pressed': String(chosen[field] === value),
                      text: String(value),
                      onClick: function () {
                        a.score(idea.id, field, value);
                      },
                    });
                  }),
                ),
              ];
            };
            return h(
              'li',
              { className: 'idea' },
              [h('p', { text: idea.text })].concat(scale('impact'), scale('feasibility')),
            );
          })
        : [h('li', { className: 'hint', text: t('noIdeas') })],
    );
  }

  function updateSchedule(state, a, t) {
    var meetings = state.stage.mine.meetings || [];
    fill(
      parts.ideas,
      meetings.length
        ? meetings.map(function (m) {
            return h('li', null, [
              h('span', null, [
                h('strong', { text: t('meeting', { time: m.time, table: m.table }) }),
                document.createTextNode(' ' + t('meetingWith', { name: m.withName })),
              ]),
            ]);
          })
        : [h('li', { className: 'hint', text: t('noMeetings') })],
    );
  }

  function buildStage(state, a, t) {
    var frame = [header(state, a, t)];
    var view = state.stage ? state.stage.view : null;
    var mode = view ? view.mode : 'wait';
    if (view && view.title) frame.push(h('h1', { text: view.title }));
    parts.error = errorBox();
    if (mode === 'cards' || mode === 'offers-needs') {
      frame.push(h('h2', { text: t(mode === 'cards' ? 'cardsTitle' : 'offersNeedsTitle') }));
      return frame.concat(buildCompose(state, a, t, mode));
    }
    parts.ideas = h('ul', { className: mode === 'schedule' ? 'items' : 'ideas' });
    if (mode === 'dots') {
      parts.budget = h('p', { className: 'budget', 'aria-live': 'polite' });
      parts.note = h('p', { className: 'hint' });
      return frame.concat([
        h('h2', { text: t('dotsTitle') }),
        parts.budget,
        parts.note,
        parts.ideas,
        parts.error,
      ]);
    }
    if (mode === 'scores') {
      return frame.concat([
        h('h2', { text: t('scoresTitle') }),
        h('p', { className: 'hint', text: t('scoreHint') }),
        parts.ideas,
        parts.error,
      ]);
    }
    if (mode === 'schedule')
      return frame.concat([h('h2', { text: t('scheduleTitle') }), parts.ideas]);
    return frame.concat([h('p', { className: 'hint', text: t('waitStage') })]);
  }

  function updateStage(state, a, t) {
    if (!state.stage) return;
    var mode = state.stage.view.mode;
    if (mode === 'cards' || mode === 'offers-needs') updateCompose(state, a, t, mode);
    else if (mode === 'dots') updateDots(state, a, t);
    else if (mode === 'scores') updateScores(state, a, t);
    else if (mode === 'schedule') updateSchedule(state, a, t);
    if (parts.error) showError(parts.error, state.error);
  }

  return {
    build: function (state, a, t) {
      parts = {};
      return buildStage(state, a, t);
    },
    update: updateStage,
  };
})();
