import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n';
import { MarkdownView } from './MarkdownView';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string) => void;
  rows?: number;
  maxLength?: number;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
  'aria-required'?: boolean | 'true' | 'false';
}

/** A Markdown textarea with a preview toggle; works as an antd Form control. */
export function MarkdownEditor({ id, value, onChange, rows = 6, maxLength, ...aria }: Props) {
  const { t } = useI18n();
  const [preview, setPreview] = useState(false);
  const text = value ?? '';
  return (
    <div className="markdown-editor">
      <Space size="small" style={{ marginBottom: 4 }}>
        <Button size="small" aria-pressed={preview} aria-controls={id} onClick={() => setPreview((p) => !p)}>
          {preview ? t.markdown.write : t.markdown.preview}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.markdown.hint}
        </Typography.Text>
      </Space>
      {preview ? (
        <div id={id} className="markdown-preview" tabIndex={-1}>
          {text.trim() ? <MarkdownView source={text} /> : <Typography.Text type="secondary">{t.markdown.emptyPreview}</Typography.Text>}
        </div>
      ) : (
        <Input.TextArea
          id={id}
          value={text}
          onChange={(e) => onChange?.(e.target.value)}
          autoSize={{ minRows: rows, maxRows: 30 }}
          maxLength={maxLength}
          {...aria}
        />
      )}
    </div>
  );
}
