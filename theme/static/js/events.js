// The events page: the build split upcoming from past events on its own day; an entry whose
// last day has passed since then is moved here into the past events of its year, so the page
// never shows a past event as upcoming, however old the build. Days are counted in Belgrade.
const upcoming = document.getElementById('events-upcoming');
const past = document.getElementById('events-past');

function today() {
  // en-CA writes a date as 2018-02-09, the form of data-last-day.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade' }).format(new Date());
}

function yearList(year) {
  let section = document.getElementById(`events-${year}`);
  if (!section) {
    section = document.createElement('section');
    section.id = `events-${year}`;
    section.className = 'event-year';
    section.setAttribute('aria-labelledby', `events-${year}-title`);
    const heading = document.createElement('h3');
    heading.id = `events-${year}-title`;
    heading.textContent = year;
    section.append(heading, document.createElement('ul'));
    section.lastChild.className = 'event-list';
    // Years newest first: before the first older year, else at the end.
    const older = [...past.querySelectorAll('.event-year')].find((s) => s.id < section.id);
    past.insertBefore(section, older || null);
    document.getElementById('events-no-past')?.remove();
  }
  return section.querySelector('ul');
}

if (upcoming && past) {
  const day = today();
  // Soonest first above means the latest ended comes first here: walk the ended ones backwards.
  const ended = [...upcoming.querySelectorAll('li[data-last-day]')].filter((li) => li.dataset.lastDay < day);
  for (const li of ended.reverse()) {
    const heading = li.querySelector('.event-title');
    if (heading) {
      // One level deeper under the year's heading, as the build writes past entries.
      const deeper = document.createElement('h4');
      deeper.className = heading.className;
      deeper.append(...heading.childNodes);
      heading.replaceWith(deeper);
    }
    yearList(li.dataset.year).prepend(li);
  }
  if (!upcoming.querySelector('li')) document.getElementById('events-none').hidden = false;
}
