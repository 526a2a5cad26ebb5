// The host page's side: listen to the widget's events and log them.
const selector = document.querySelector('massage-selector');
const list = document.getElementById('events');
const keep = document.getElementById('keep');

function log(type, summary) {
  const item = document.createElement('li');
  const name = document.createElement('code');
  name.textContent = type;
  item.append(name, ` ${summary}`);
  item.dataset.event = type;
  list.prepend(item);
}

selector.addEventListener('ready', (e) => log('ready', `rules from ${e.detail.source}`));
selector.addEventListener('answer', (e) => log('answer', `${e.detail.question} = ${JSON.stringify(e.detail.value)}`));
selector.addEventListener('recommend', (e) =>
  log(
    'recommend',
    e.detail.status === 'refer'
      ? `refer${e.detail.urgent ? ' (urgent)' : ''}`
      : `${e.detail.technique.id}${e.detail.addOns.length ? ' + ' + e.detail.addOns.map((a) => a.id).join(', ') : ''}`,
  ),
);
selector.addEventListener('book', (e) => {
  if (keep.checked) e.preventDefault();
  log('book', `${e.detail.technique.id} → ${e.detail.bookingUrl}${keep.checked ? ' (kept on page)' : ''}`);
});
selector.addEventListener('rules-error', (e) => log('rules-error', `${e.detail.code}: ${e.detail.message}`));
