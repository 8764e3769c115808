// "Copy link" copies the page address when the browser allows it; otherwise the link
// still leads to the page, whose address the reader can copy by hand.
document.addEventListener("click", async (event) => {
  const link = event.target.closest("[data-copy-link]");
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  try {
    await navigator.clipboard.writeText(link.href);
    // The template gives the text in the page's language (data-copied-text).
    link.textContent = link.dataset.copiedText || "Link copied";
  } catch {
    window.location.href = link.href;
  }
});
