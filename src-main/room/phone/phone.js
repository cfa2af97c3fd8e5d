/* global window, document, WebSocket, location, setTimeout, clearTimeout, setInterval */
// The phone page's state, connection and outbox (issue 15). Plain browser JavaScript (no build
// step, no framework) for Chrome on Android and Safari on iOS; the screens are drawn by
// phone-ui.js, the words from strings/<lang>.js.
//
// Nothing typed is lost on venue Wi-Fi: every answer gets a clientId and waits in localStorage
// (the outbox) until the room acknowledges it — the room acknowledges only once the facilitator's
// laptop has written it. After a lost connection the page reconnects (backoff with jitter),
// resumes with its session token and sends the outbox again with the same clientIds, which the
// room counts once.
'use strict';
(function () {
  var RETRYABLE = { roomClosed: true, tooFast: true, notJoined: true };
  var MAX_IN_FLIGHT = 5;
  var SEND_LIMIT = 15; // per 5 s, under the room's limit of 20
  var ACK_TIMEOUT_MS = 10000;
  var base = window.MCS_ROOM_BASE;
  var ui = window.MCS_ROOM_UI;
  var t = base.t;

  // ——— Stored state ———
  var saved = base.load();
  var state = {
    conn: 'connecting',
    phase: saved.token ? 'joined' : saved.walkIn ? 'pending' : saved.pin ? 'names' : 'pin',
    walkIn: saved.walkIn || null,
    pin: typeof saved.pin === 'string' ? saved.pin : '',
    token: saved.token || null,
    participantId: saved.participantId || null,
    name: saved.name || '',
    names: [],
    error: '',
    stage: null,
    outbox: Array.isArray(saved.outbox) ? saved.outbox : [],
    history: Array.isArray(saved.history) ? saved.history : [],
    scores: saved.scores && typeof saved.scores === 'object' ? saved.scores : {},
    ackedDots: [],
    offerKind: 'offer',
  };
  function save() {
    base.save({
      pin: state.pin,
      token: state.token,
      participantId: state.participantId,
      name: state.name,
      outbox: state.outbox,
      history: state.history.slice(-200),
      scores: state.scores,
      walkIn: state.walkIn,
    });
  }

  // ——— Connection ———
  var socket = null;
  var attempt = 0;
  var reconnectTimer = null;
  var retryTimer = null;
  var inFlight = {}; // clientId → time sent
  var sentTimes = [];

  function send(message) {
    if (!socket || state.conn !== 'open') return false;
    socket.send(JSON.stringify(message));
    return true;
  }

  function connect() {
    reconnectTimer = null;
    if (socket) return;
    var ws = new WebSocket(
      (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/room',
    );
    socket = ws;
    ws.onopen = function () {
      if (socket !== ws) return;
      attempt = 0;
      state.conn = 'open';
      inFlight = {};
      if (state.token) send({ type: 'resume', token: state.token });
      else if (state.walkIn && state.pin) {
        // Asking again after a reload: the room takes it as the same request.
        send({
          type: 'walk-in',
          pin: state.pin,
          name: state.walkIn.name,
          organisation: state.walkIn.organisation,
        });
      } else if (state.pin) send({ type: 'names', pin: state.pin });
      render();
    };
    ws.onmessage = function (event) {
      if (socket !== ws) return;
      var message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      receive(message);
    };
    ws.onclose = function () {
      if (socket !== ws) return;
      socket = null;
      state.conn = 'closed';
      inFlight = {};
      var base = Math.min(10000, 500 * Math.pow(2, Math.min(attempt, 10)));
      attempt++;
      reconnectTimer = setTimeout(connect, Math.round(base * (0.75 + Math.random() * 0.5)));
      render();
    };
  }

  function reconnectNow() {
    if (socket) return;
    if (reconnectTimer) clearTimeout(reconnectTimer);
    connect();
  }
  window.addEventListener('online', reconnectNow);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') reconnectNow();
  });

  // ——— Messages from the room ———
  function receive(message) {
    switch (message.type) {
      case 'welcome':
        state.walkIn = null;
        state.token = message.token;
        state.participantId = message.participantId;
        state.name = message.name;
        state.phase = 'joined';
        state.error = '';
        // Answers queued in someone else's name on this phone are not sent as this person.
        state.outbox = state.outbox.filter(function (item) {
          return item.participantId === message.participantId;
        });
        save();
        flush();
        break;
      case 'pending':
        state.phase = 'pending';
        state.error = '';
        break;
      case 'participants':
        state.names = Array.isArray(message.list) ? message.list : [];
        if (state.phase === 'pin') {
          state.phase = 'names';
          state.error = '';
        }
        break;
      case 'stage':
        state.stage = { view: message.view, mine: message.mine };
        state.ackedDots = [];
        flush();
        break;
      case 'ack':
        settle(message.clientId, 'sent', null);
        break;
      case 'refused':
        if (message.clientId) refusedItem(message.clientId, message.reason);
        else refusedJoin(message.reason);
        break;
    }
    render();
  }

  function refusedJoin(reason) {
    if (reason === 'badToken') {
      state.token = null;
      state.phase = state.pin ? 'names' : 'pin';
      state.error = t('sessionLost');
      if (state.pin) send({ type: 'names', pin: state.pin });
    } else if (reason === 'badPin') {
      state.walkIn = null;
      state.phase = 'pin';
      state.error = t('wrongPin');
    } else if (reason === 'unknownParticipant') {
      state.phase = 'names';
      state.error = t('unknownParticipant');
    } else if (reason === 'refusedByHost') {
      state.walkIn = null;
      state.phase = 'names';
      state.error = t('turnedAway');
    } else if (reason === 'tooFast' || reason === 'roomClosed') {
      if (state.phase === 'pending') state.phase = 'walkin';
      state.walkIn = null;
      state.error = t(reason);
    } else state.error = t('somethingWrong');
    save();
  }

  function refusedItem(clientId, reason) {
    delete inFlight[clientId];
    if (RETRYABLE[reason]) {
      if (reason === 'notJoined' && state.token) send({ type: 'resume', token: state.token });
      if (!retryTimer) {
        retryTimer = setTimeout(function () {
          retryTimer = null;
          flush();
        }, 3000);
      }
      return;
    }
    var item = state.outbox.filter(function (entry) {
      return entry.clientId === clientId;
    })[0];
    // A refused card stays listed with its reason; a refused dot or score is said once.
    if (item && (item.action.kind === 'dot' || item.action.kind === 'score')) {
      state.error = t('statusRefused') + ': ' + reasonText(reason);
    }
    settle(clientId, 'refused', reason);
  }

  function reasonText(reason) {
    var known = { wrongStage: true, budgetSpent: true, refusedByHost: true };
    return t(known[reason] ? 'reason_' + reason : 'reason_other');
  }

  /** An answer is done (written or refused for good): out of the outbox, into the history. */
  function settle(clientId, status, reason) {
    delete inFlight[clientId];
    var item = null;
    state.outbox = state.outbox.filter(function (entry) {
      if (entry.clientId !== clientId) return true;
      item = entry;
      return false;
    });
    for (var i = 0; i < state.history.length; i++) {
      if (state.history[i].clientId === clientId) {
        state.history[i].status = status;
        state.history[i].reason = reason;
      }
    }
    if (item && status === 'sent' && item.action.kind === 'dot') state.ackedDots.push(item);
    save();
    flush();
  }

  // ——— The outbox ———
  function flush() {
    if (state.conn !== 'open' || state.phase !== 'joined' || !state.token) return;
    var now = Date.now();
    sentTimes = sentTimes.filter(function (time) {
      return now - time < 5000;
    });
    var busy = Object.keys(inFlight).length;
    for (var i = 0; i < state.outbox.length && busy < MAX_IN_FLIGHT; i++) {
      var item = state.outbox[i];
      if (inFlight[item.clientId] !== undefined) continue;
      if (sentTimes.length >= SEND_LIMIT) {
        if (!retryTimer)
          retryTimer = setTimeout(function () {
            retryTimer = null;
            flush();
          }, 1000);
        return;
      }
      send({ type: 'submit', clientId: item.clientId, stageId: item.stageId, action: item.action });
      inFlight[item.clientId] = now;
      sentTimes.push(now);
      busy++;
    }
  }

  // An answer without an ack for a while: the connection is probably dead without saying so.
  setInterval(function () {
    var now = Date.now();
    for (var id in inFlight) {
      if (now - inFlight[id] > ACK_TIMEOUT_MS && socket) {
        socket.close();
        return;
      }
    }
  }, 1000);

  function submit(action, label) {
    var view = state.stage && state.stage.view;
    if (!view || !view.stageId || !state.participantId) return;
    var item = {
      clientId: base.newClientId(),
      participantId: state.participantId,
      stageId: view.stageId,
      action: action,
    };
    if (action.kind === 'score') {
      // A newer score for the same idea replaces one not yet sent.
      state.outbox = state.outbox.filter(function (entry) {
        return !(
          entry.action.kind === 'score' &&
          entry.action.ideaId === action.ideaId &&
          inFlight[entry.clientId] === undefined
        );
      });
    }
    state.outbox.push(item);
    state.error = '';
    if (label !== undefined) {
      state.history.push({
        clientId: item.clientId,
        stageId: item.stageId,
        kind: action.kind,
        text: label,
        status: 'saving',
        reason: null,
      });
    }
    save();
    flush();
    render();
  }

  // ——— What the screens may do ———
  var actions = {
    t: t,
    reasonText: reasonText,
    enterPin: function (pin) {
      if (!/^\d{6}$/.test(pin)) {
        state.error = t('pinFormat');
        return render();
      }
      state.pin = pin;
      state.error = '';
      save();
      send({ type: 'names', pin: pin });
      render();
    },
    pick: function (participantId) {
      state.error = '';
      send({ type: 'join', pin: state.pin, participantId: participantId });
    },
    showWalkIn: function () {
      state.phase = 'walkin';
      state.error = '';
      render();
    },
    walkIn: function (name, organisation) {
      state.error = '';
      state.walkIn = { name: name, organisation: organisation };
      save();
      send({ type: 'walk-in', pin: state.pin, name: name, organisation: organisation });
    },
    back: function () {
      state.phase = state.names.length || state.pin ? 'names' : 'pin';
      if (state.pin) send({ type: 'names', pin: state.pin });
      state.error = '';
      render();
    },
    notMe: function () {
      state.token = null;
      state.participantId = null;
      state.name = '';
      state.stage = null;
      state.phase = 'pin';
      save();
      // A fresh connection, so the room forgets this phone's old session.
      if (socket) socket.close();
      render();
    },
    setOfferKind: function (kind) {
      state.offerKind = kind;
      render();
    },
    sendText: function (kind, text) {
      var action =
        kind === 'card' ? { kind: 'card', text: text, theme: '' } : { kind: kind, text: text };
      submit(action, text);
    },
    dot: function (ideaId, delta) {
      submit({ kind: 'dot', ideaId: ideaId, delta: delta });
    },
    score: function (ideaId, field, value) {
      var stageId = state.stage && state.stage.view.stageId;
      var key = stageId + ':' + ideaId;
      var current = state.scores[key] || {};
      current[field] = value;
      state.scores[key] = current;
      save();
      if (current.impact && current.feasibility) {
        submit({
          kind: 'score',
          ideaId: ideaId,
          impact: current.impact,
          feasibility: current.feasibility,
        });
      } else render();
    },
  };

  function render() {
    ui.render(state, actions, inFlight);
  }

  render();
  connect();
})();
