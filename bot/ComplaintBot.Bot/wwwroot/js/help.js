// The sample help page: Chinese by default, English with ?lang=en (the toggle reloads with the other language,
// which also starts a new conversation in that language).
(function () {
  'use strict';

  var english = {
    title: 'Nuanhe Appliances · After-sales help',
    shop: 'Nuanhe Appliances flagship store',
    heading: 'After-sales help centre',
    lead: 'Something wrong with what you received? Start with the questions below. When you need to complain, the after-sales assistant on the right helps you collect the order details, what happened and your evidence, step by step, and writes a complaint you can submit to the platform or to 12315.',
    faqTitle: 'Common questions',
    q1: 'How do I return an item within seven days?',
    a1: 'Within 7 days of delivery, open "My orders", choose "After-sales → Return and refund", and send the item back complete and undamaged. Shipping follows the shop\'s rules.',
    q2: 'What can I ask for when an item is defective?',
    a2: 'A return within 7 days of delivery, an exchange within 15 days, and repair during the warranty. If the seller refuses, ask the platform to step in or complain to 12315.',
    q3: 'What should I prepare for a complaint?',
    a3: 'The order number, purchase and delivery dates, the amount paid, photos or videos of the problem and your chat with customer service. The assistant reminds you of each.',
    q4: 'Does the assistant keep my information?',
    a4: 'The conversation and evidence are used only to write this complaint. Type "delete my data" at any time to remove them. The assistant prepares complaints; it does not give legal advice.',
    contactTitle: 'Other ways to reach us',
    c1: 'Live customer service: daily 9:00–21:00',
    c2: 'National consumer complaints hotline: 12315',
    footer: 'Sample page · ComplaintBot helps prepare complaints; it is not legal advice.'
  };

  var params = new URLSearchParams(location.search);
  var isEnglish = (params.get('lang') || '').toLowerCase().indexOf('en') === 0;
  var locale = isEnglish ? 'en-US' : 'zh-CN';

  if (isEnglish) {
    document.documentElement.lang = 'en';
    document.title = english.title;
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (node) {
      var text = english[node.getAttribute('data-i18n')];
      if (text) { node.textContent = text; }
    });
    document.getElementById('assistant').setAttribute('aria-label', 'After-sales assistant');
  }

  var toggle = document.getElementById('language-toggle');
  toggle.textContent = isEnglish ? '中文' : 'English';
  toggle.lang = isEnglish ? 'zh-CN' : 'en';
  toggle.addEventListener('click', function () {
    params.set('lang', isEnglish ? 'zh' : 'en');
    location.search = params.toString();
  });

  window.ComplaintBotChat.mount({
    mode: 'inline',
    target: '#assistant',
    locale: locale,
    color: '#c2410c',
    websocket: params.get('ws') !== '0'
  });
})();
