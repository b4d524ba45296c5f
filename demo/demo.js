// The demo's preview settings apply to every widget on the page at once. They can also be
// given in the URL (?theme=dark&lang=fr&width=320), so a preview can be shared.
const form = document.querySelector('.controls');
const widgets = () => document.querySelectorAll('.frame > *');

for (const [name, value] of new URLSearchParams(location.search)) {
  if (form.elements[name]) form.elements[name].value = value;
}

function apply() {
  const { theme, lang, width } = Object.fromEntries(new FormData(form));
  widgets().forEach((el) => {
    el.theme = theme;
    el.setAttribute('lang', lang);
  });
  document.body.dataset.width = width;
  document.documentElement.style.colorScheme = theme === 'auto' ? '' : theme;
  const params = new URLSearchParams({ theme, lang, width });
  history.replaceState(null, '', `?${params}`);
}

form.addEventListener('change', apply);
apply();
