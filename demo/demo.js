// Demo controls: each one sets the attribute of the same name on the guide.
const guide = document.querySelector('calf-pain-guide');
const form = document.getElementById('controls');

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
