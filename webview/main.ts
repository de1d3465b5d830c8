// The API Designer's browser entry point.
const app = document.getElementById('app');
if (app) {
  app.innerHTML = '';
  const heading = document.createElement('h2');
  heading.textContent = 'API Designer';
  heading.className = 'designer-title';
  app.append(heading);
}
