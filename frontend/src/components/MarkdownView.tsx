import Markdown, { type Components } from 'react-markdown';

// Headings inside a section start below the page's own h1/h2 so the outline stays in order.
function shifted(level: number) {
  const Tag = `h${Math.min(6, level)}` as 'h3';
  return ({ children }: { children?: React.ReactNode }) => <Tag>{children}</Tag>;
}

const components: Components = {
  h1: shifted(3),
  h2: shifted(4),
  h3: shifted(5),
  h4: shifted(6),
  h5: shifted(6),
  h6: shifted(6),
};

/** Renders user-written Markdown. Raw HTML is never rendered (skipHtml). */
export function MarkdownView({ source }: { source: string }) {
  return (
    <div className="markdown-body">
      <Markdown skipHtml components={components}>
        {source}
      </Markdown>
    </div>
  );
}
