// Stuurt het CSRF-token mee met htmx-verzoeken die iets wijzigen (POST, PUT, DELETE).
document.addEventListener("htmx:configRequest", function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    e.detail.headers[header.content] = token.content;
  }
});
