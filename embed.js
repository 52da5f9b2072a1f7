// For pages that embed the calculator: fits each <iframe data-fleksjob-beregner>
// to the height its page reports. The frame sends its height and nothing else.
addEventListener("message", (event) => {
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  if (data?.type !== "fleksjob-beregner:height" || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll("iframe[data-fleksjob-beregner]")) {
    if (frame.contentWindow === event.source) frame.style.height = `${data.height}px`;
  }
});
