// Shows what the widget put in the booking link, as a studio's booking page would read it.
const params = [...new URLSearchParams(location.search)];
document.getElementById('request').textContent = params.length
  ? params.map(([name, value]) => `${name} = ${value}`).join('\n')
  : '(no add-ons recommended)';
