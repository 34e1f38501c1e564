// Demo controls: each one sets the attribute of the same name on the guide.
const guide = document.querySelector('calf-pain-guide');
const form = document.getElementById('controls');

// demo/?lang=es opens the demo in that language: a link to give a translator or a clinic.
const asked = new window.URLSearchParams(window.location.search).get('lang');
if (asked) {
  document.documentElement.lang = asked;
  const option = [...form.elements.lang.options].find(
    (o) =>
      o.value.toLowerCase() === asked.toLowerCase() || o.lang.toLowerCase() === asked.toLowerCase(),
  );
  if (option) form.elements.lang.value = option.value;
}

form.addEventListener('input', (event) => {
  const field = event.target;
  if (field.name === 'lang') {
    document.documentElement.lang = field.value;
  } else if (field.type === 'checkbox') {
    guide.toggleAttribute(field.name, field.checked);
  } else if (field.value) {
    guide.setAttribute(field.name, field.value);
  } else {
    guide.removeAttribute(field.name);
  }
});

document.addEventListener('calf-checker-result', (event) => {
  document.getElementById('last-event').textContent = JSON.stringify(event.detail, null, 2);
});
