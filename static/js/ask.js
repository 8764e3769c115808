// Progressive enhancement of the ask form: without JavaScript every topic is listed and
// no suggestions appear, and the form works the same.
(() => {
  const form = document.querySelector(".question-form");
  if (!form) return;
  const specialty = form.querySelector("#id_specialty");
  const title = form.querySelector("#id_title");
  const panel = document.getElementById("similar-questions");
  const list = panel.querySelector("ul");
  // The template gives the text in the page's language, "{specialty}" standing for the name.
  const whereText = panel.dataset.whereText || "({specialty}, opens in a new tab)";

  // Only the chosen specialty's topics are offered.
  const hint = form.querySelector(".topics__hint");
  const showTopics = () => {
    let shown = 0;
    for (const group of form.querySelectorAll(".topic-group")) {
      const match = group.dataset.specialty === specialty.value;
      group.hidden = !match;
      shown += match ? 1 : 0;
      if (!match) group.querySelectorAll("input").forEach((box) => { box.checked = false; });
    }
    hint.hidden = shown > 0;
  };

  let timer;
  let latest = 0;
  const suggest = async () => {
    const words = title.value.trim();
    if (words.length < 3) { panel.hidden = true; return; }
    const request = ++latest;
    const params = new URLSearchParams({ title: words, specialty: specialty.value });
    try {
      const response = await fetch(`${form.dataset.similarUrl}?${params}`, {
        headers: { Accept: "application/json" },
      });
      if (!response.ok || request !== latest) return;
      const { results } = await response.json();
      list.replaceChildren(...results.map((item) => {
        const li = document.createElement("li");
        const link = document.createElement("a");
        link.href = item.url;
        link.target = "_blank";
        link.rel = "noopener";
        link.textContent = item.title;
        const where = document.createElement("span");
        where.className = "muted";
        where.textContent = ` ${whereText.replace("{specialty}", () => item.specialty)}`;
        li.append(link, where);
        return li;
      }));
      panel.hidden = results.length === 0;
    } catch {
      panel.hidden = true;
    }
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(suggest, 300); };

  specialty.addEventListener("change", () => { showTopics(); later(); });
  title.addEventListener("input", later);
  showTopics();
  if (title.value) suggest();
})();
