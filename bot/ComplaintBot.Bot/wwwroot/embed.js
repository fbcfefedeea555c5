/*
 * ComplaintBot chat widget. One tag adds a floating assistant to any page:
 *
 *   <script src="https://bot.example/embed.js" data-title="售后助手" data-locale="zh-CN"
 *           data-position="right" data-color="#c2410c" defer></script>
 *
 * Options (data-* attributes of the tag, or ComplaintBotChat.mount({...})):
 *   title     header text                      (default by locale)
 *   locale    zh-CN | en-US                    (default: the page's <html lang>, else zh-CN)
 *   position  right | left                     (floating button corner; default right)
 *   color     theme colour, CSS hex            (default #c2410c)
 *   mode      floating | inline                (inline renders into `target`)
 *   target    CSS selector for inline mode
 *   websocket true | false                     (false polls every second; default true)
 *   open      true to open the floating panel at once
 *   auto      false to skip mounting; call ComplaintBotChat.mount(options) yourself
 *
 * Web Chat is loaded from this server (/lib/webchat/webchat.js), tokens come from this server's /webchat/token,
 * and the conversation runs on its Direct Line endpoint (/v3/directline). The page's origin must be listed in
 * DirectLine:AllowedOrigins when it is not this server.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var base = new URL('.', script ? script.src : location.href).href.replace(/\/$/, '');
  var texts = {
    'zh-CN': {
      title: '售后投诉助手', open: '投诉助手', close: '关闭', restart: '重新开始',
      step: function (i, n) { return '第 ' + i + ' / ' + n + ' 步'; },
      failed: '助手暂时无法连接，请稍后再试。', loading: '正在连接助手…'
    },
    'en-US': {
      title: 'After-sales assistant', open: 'Complaint help', close: 'Close', restart: 'Start over',
      step: function (i, n) { return 'Step ' + i + ' of ' + n; },
      failed: 'The assistant cannot be reached right now. Please try again later.', loading: 'Connecting to the assistant…'
    }
  };
  var webChatLoading = null;
  var instances = [];

  function pickLocale(value) {
    var v = (value || document.documentElement.lang || 'zh-CN').toLowerCase();
    return v.indexOf('en') === 0 ? 'en-US' : 'zh-CN';
  }

  function safeColor(value) {
    return /^#[0-9a-fA-F]{3,8}$/.test(value || '') ? value : '#c2410c';
  }

  function loadWebChat() {
    if (window.WebChat) { return Promise.resolve(window.WebChat); }
    if (!webChatLoading) {
      webChatLoading = new Promise(function (resolve, reject) {
        var tag = document.createElement('script');
        tag.src = base + '/lib/webchat/webchat.js';
        tag.async = true;
        tag.onload = function () { resolve(window.WebChat); };
        tag.onerror = function () { webChatLoading = null; reject(new Error('Web Chat could not be loaded')); };
        document.head.appendChild(tag);
      });
    }
    return webChatLoading;
  }

  function fetchToken(locale) {
    return fetch(base + '/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: locale }),
      credentials: 'omit'
    }).then(function (response) {
      if (!response.ok) { throw new Error('Token request failed: ' + response.status); }
      return response.json();
    });
  }

  function addStyles() {
    if (document.getElementById('complaintbot-chat-styles')) { return; }
    var style = document.createElement('style');
    style.id = 'complaintbot-chat-styles';
    style.textContent = [
      '.cbchat{--cb-color:#c2410c;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;box-sizing:border-box}',
      '.cbchat *{box-sizing:border-box}',
      '.cbchat-inline{height:100%}',
      '.cbchat-panel{display:flex;flex-direction:column;background:#fff;border:1px solid #e5e7eb;border-radius:12px;overflow:hidden;height:100%;min-height:420px}',
      '.cbchat-floating .cbchat-panel{position:fixed;bottom:88px;width:min(400px,calc(100vw - 32px));height:min(640px,calc(100vh - 120px));box-shadow:0 12px 40px rgba(0,0,0,.2);z-index:2147483000}',
      '.cbchat-floating.cbchat-right .cbchat-panel{right:16px}.cbchat-floating.cbchat-left .cbchat-panel{left:16px}',
      '.cbchat-floating.cbchat-closed .cbchat-panel{display:none}',
      '.cbchat-launcher{position:fixed;bottom:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;color:#fff;background:var(--cb-color);font:600 15px/1 inherit;cursor:pointer;box-shadow:0 6px 20px rgba(0,0,0,.25)}',
      '.cbchat-right .cbchat-launcher{right:20px}.cbchat-left .cbchat-launcher{left:20px}',
      '.cbchat-header{display:flex;align-items:center;gap:8px;padding:10px 14px;color:#fff;background:var(--cb-color)}',
      '.cbchat-title{flex:1;font-weight:600;font-size:15px;margin:0}',
      '.cbchat-header button{border:0;background:rgba(255,255,255,.18);color:#fff;border-radius:6px;padding:4px 8px;cursor:pointer;font:inherit;font-size:12px}',
      '.cbchat-progress{padding:6px 14px 8px;border-bottom:1px solid #f1f1f1;font-size:12px;color:#555}',
      '.cbchat-progress[hidden]{display:none}',
      '.cbchat-track{height:6px;border-radius:3px;background:#f1f1f1;overflow:hidden;margin-top:4px}',
      '.cbchat-bar{height:100%;width:0;background:var(--cb-color);transition:width .3s}',
      '.cbchat-body{flex:1;min-height:0;position:relative}',
      '.cbchat-status{padding:16px;color:#666;font-size:14px}'
    ].join('\n');
    document.head.appendChild(style);
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }

  function mount(options) {
    options = options || {};
    var locale = pickLocale(options.locale);
    var t = texts[locale];
    var color = safeColor(options.color);
    var floating = options.mode !== 'inline';
    var host = floating ? document.body : document.querySelector(options.target);
    if (!host) { throw new Error('ComplaintBotChat: no element matches ' + options.target); }
    addStyles();

    var root = element('div', 'cbchat ' + (floating ? 'cbchat-floating cbchat-closed ' : 'cbchat-inline ') + (options.position === 'left' ? 'cbchat-left' : 'cbchat-right'));
    root.style.setProperty('--cb-color', color);
    root.setAttribute('data-complaintbot-chat', locale);
    var panel = element('section', 'cbchat-panel');
    panel.setAttribute('aria-label', options.title || t.title);
    var header = element('div', 'cbchat-header');
    header.appendChild(element('h2', 'cbchat-title', options.title || t.title));
    var restartButton = element('button', 'cbchat-restart', t.restart);
    restartButton.type = 'button';
    header.appendChild(restartButton);
    var progress = element('div', 'cbchat-progress');
    progress.hidden = true;
    var progressLabel = element('span', 'cbchat-progress-label');
    var track = element('div', 'cbchat-track');
    var bar = element('div', 'cbchat-bar');
    track.appendChild(bar);
    progress.appendChild(progressLabel);
    progress.appendChild(track);
    progress.setAttribute('role', 'progressbar');
    var body = element('div', 'cbchat-body');
    panel.appendChild(header);
    panel.appendChild(progress);
    panel.appendChild(body);
    root.appendChild(panel);

    var launcher = null;
    if (floating) {
      launcher = element('button', 'cbchat-launcher', t.open);
      launcher.type = 'button';
      launcher.setAttribute('aria-expanded', 'false');
      root.appendChild(launcher);
      var closeButton = element('button', 'cbchat-close', t.close);
      closeButton.type = 'button';
      header.appendChild(closeButton);
      closeButton.addEventListener('click', function () { setOpen(false); });
      launcher.addEventListener('click', function () { setOpen(root.classList.contains('cbchat-closed')); });
    }
    host.appendChild(root);

    var started = false;
    var instance = { root: root, locale: locale, directLine: null };

    function setProgress(hint) {
      var index = Number(hint.index), total = Number(hint.total);
      if (!(index > 0 && total > 0)) { return; }
      progress.hidden = false;
      progress.setAttribute('aria-valuemin', '0');
      progress.setAttribute('aria-valuemax', String(total));
      progress.setAttribute('aria-valuenow', String(index));
      progress.setAttribute('data-step', String(hint.step || ''));
      progressLabel.textContent = t.step(index, total);
      bar.style.width = Math.round(index / total * 100) + '%';
    }

    function start() {
      started = true;
      body.textContent = '';
      progress.hidden = true;
      var status = element('div', 'cbchat-status', t.loading);
      body.appendChild(status);
      Promise.all([loadWebChat(), fetchToken(locale)]).then(function (results) {
        var WebChat = results[0], token = results[1];
        var directLine = WebChat.createDirectLine({
          domain: base + '/v3/directline',
          token: token.token,
          webSocket: options.websocket !== false && options.websocket !== 'false',
          conversationStartProperties: { locale: locale }
        });
        instance.directLine = directLine;
        var store = WebChat.createStore({}, function () {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
                var activity = action.payload && action.payload.activity;
                var hint = activity && activity.channelData && activity.channelData.complaintBot;
                if (hint && activity.from && activity.from.role !== 'user') { setProgress(hint); }
              }
              return next(action);
            };
          };
        });
        body.textContent = '';
        var chat = element('div', 'cbchat-webchat');
        chat.style.height = '100%';
        body.appendChild(chat);
        WebChat.renderWebChat({
          directLine: directLine,
          store: store,
          userID: token.userId,
          locale: locale,
          styleOptions: {
            accent: color,
            bubbleFromUserBackground: '#fff7ed',
            bubbleBorderRadius: 10,
            bubbleFromUserBorderRadius: 10,
            hideUploadButton: false,
            uploadMultiple: true,
            // Evidence goes out as soon as it is chosen (4.18 otherwise waits for the send button).
            sendAttachmentOn: 'attach',
            suggestedActionLayout: 'flow',
            suggestedActionsStackedHeight: 200,
            botAvatarInitials: locale === 'zh-CN' ? '助' : 'CB',
            rootHeight: '100%',
            sendBoxButtonColor: color
          }
        }, chat);
        root.setAttribute('data-conversation-id', token.conversationId);
      }).catch(function (error) {
        status.textContent = t.failed;
        if (window.console) { console.error('ComplaintBotChat:', error); }
      });
    }

    function setOpen(open) {
      root.classList.toggle('cbchat-closed', !open);
      if (launcher) { launcher.setAttribute('aria-expanded', String(open)); }
      if (open && !started) { start(); }
    }

    restartButton.addEventListener('click', function () {
      if (instance.directLine && instance.directLine.end) { instance.directLine.end(); }
      start();
    });

    instance.open = function () { setOpen(true); };
    instance.close = function () { setOpen(false); };
    instance.destroy = function () {
      if (instance.directLine && instance.directLine.end) { instance.directLine.end(); }
      root.remove();
      instances.splice(instances.indexOf(instance), 1);
    };
    instances.push(instance);

    if (!floating || options.open === true || options.open === 'true') { setOpen(true); }
    return instance;
  }

  window.ComplaintBotChat = { mount: mount, instances: instances, base: base };

  if (script && script.dataset.auto !== 'false') {
    var data = script.dataset;
    var go = function () {
      mount({ title: data.title, locale: data.locale, position: data.position, color: data.color, mode: data.mode, target: data.target, websocket: data.websocket, open: data.open });
    };
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', go); } else { go(); }
  }
})();
