// "Print or save as PDF": opens the browser's print dialog. Without JavaScript the link leads
// to the line that says how to print (#print-help); the print stylesheet does the rest.
(function () {
  "use strict";
  document.querySelectorAll("a[data-print]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (typeof window.print !== "function") return;
      event.preventDefault();
      window.print();
    });
  });
})();
