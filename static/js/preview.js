// Live preview of a doctor's Markdown, rendered and sanitised by the server. Without
// JavaScript the Preview button does the same with a full page.
(() => {
  const form = document.querySelector(".answer-form");
  if (!form) return;
  const body = form.querySelector("#id_body");
  const panel = form.querySelector(".preview");
  const output = panel.querySelector(".preview__body");
  const token = form.querySelector("[name=csrfmiddlewaretoken]").value;
  let timer;
  let latest = 0;
  const render = async () => {
    const request = ++latest;
    const data = new FormData();
    data.append("body", body.value);
    try {
      const response = await fetch(panel.dataset.previewUrl, {
        method: "POST",
        body: data,
        headers: { "X-CSRFToken": token },
        credentials: "same-origin",
      });
      if (!response.ok || request !== latest) return;
      output.innerHTML = (await response.json()).html; // sanitised by the server
      panel.hidden = body.value.trim() === "";
    } catch {
      // Offline or refused: the Preview button still works.
    }
  };
  body.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(render, 400);
  });
  if (body.value.trim()) render();
})();
