// As the patient types, an emergency is announced at the top of the form ("call 119 now"),
// and personal data in the title or the question is shown with "This would be published".
// The server checks both again when the form is sent, with or without this script.
(() => {
  const form = document.querySelector(".question-form[data-screen-url]");
  if (!form) return;
  const warning = document.getElementById("personal-data-warning");
  const alert = document.getElementById("emergency-alert");
  const list = warning.querySelector("ul");
  const fields = ["title", "body", "asker_name"].map((name) => form.querySelector(`[name=${name}]`));
  const token = form.querySelector("[name=csrfmiddlewaretoken]").value;

  let timer;
  let latest = 0;
  const check = async () => {
    const request = ++latest;
    const data = new FormData();
    fields.forEach((field) => data.append(field.name, field.value));
    try {
      const response = await fetch(form.dataset.screenUrl, {
        method: "POST",
        body: data,
        headers: { Accept: "application/json", "X-CSRFToken": token },
        credentials: "same-origin",
      });
      if (!response.ok || request !== latest) return;
      const result = await response.json();
      // The advice is the server's own HTML, made from the site's template.
      const appears = Boolean(result.emergency) && alert.hidden;
      alert.innerHTML = result.emergency ? result.emergency.html : "";
      alert.hidden = !result.emergency;
      // On a phone the top of the form is out of sight while typing: show the alert once.
      if (appears) alert.scrollIntoView({ behavior: "smooth", block: "nearest" });
      const found = result.personal_data;
      list.replaceChildren(...found.map((item) => {
        const li = document.createElement("li");
        const mark = document.createElement("mark");
        mark.textContent = item.value;
        const what = document.createElement("span");
        what.className = "muted";
        what.textContent = ` ${item.described}`;
        li.append(mark, what);
        return li;
      }));
      warning.hidden = found.length === 0;
    } catch {
      // The check on sending still runs.
    }
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(check, 400); };
  fields.forEach((field) => field.addEventListener("input", later));
  if (fields.some((field) => field.value)) check();
})();
