// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
// Progressive enhancement of the signal form: while the reporter types, show up to five similar open signals.
// The form works the same without it; the server offers similar signals on submit as well.
(function () {
  "use strict";
  var box = document.getElementById("vergelijkbaar-live");
  var title = document.getElementById("titel");
  var description = document.getElementById("omschrijving");
  if (!box || !title || !description || !window.fetch) { return; }
  var timer = null;
  var last = "";

  function show(items) {
    while (box.firstChild) { box.removeChild(box.firstChild); }
    if (!items.length) { box.hidden = true; return; }
    var heading = document.createElement("p");
    heading.className = "similar-heading";
    heading.textContent = box.getAttribute("data-title") + " " + box.getAttribute("data-recognise");
    box.appendChild(heading);
    var list = document.createElement("ul");
    items.forEach(function (item) {
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.nummer + ". " + item.titel;
      li.appendChild(link);
      li.appendChild(document.createTextNode(" (" + item.status + ", " + item.herkend + "×)"));
      list.appendChild(li);
    });
    box.appendChild(list);
    box.hidden = false;
  }

  function lookUp() {
    var text = (title.value + "\n" + description.value).trim();
    if (text.length < 12 || text === last) { return; }
    last = text;
    fetch(box.getAttribute("data-url") + "?tekst=" + encodeURIComponent(text), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(show)
      .catch(function () { box.hidden = true; });
  }

  function schedule() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(lookUp, 400);
  }

  title.addEventListener("input", schedule);
  description.addEventListener("input", schedule);
}());
