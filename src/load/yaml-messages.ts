// The yaml library's error codes, said in Bahasa Indonesia with what to write instead.

interface Said {
  message: string;
  hint?: string;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end);
}

export function translateYamlError(code: string, original: string, text: string, offset: number): Said {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /Map keys must be unique/.test(original) ? lineAt(text, offset).trim().split(':')[0] : '';
      return {
        message: `kunci "${key}" ditulis dua kali dalam satu bagian`,
        hint: 'hapus salah satunya, atau gabungkan isinya: setiap kunci hanya boleh muncul sekali',
      };
    }
    case 'TAB_AS_INDENT':
      return { message: 'indentasi memakai karakter tab', hint: 'ganti tab dengan spasi (2 spasi per tingkat)' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: `susunan YAML tidak dapat dibaca (${code.toLowerCase()})`,
        hint: 'periksa indentasi baris ini dan baris sebelumnya, dan tanda titik dua setelah setiap kunci; teks yang memuat ": " atau diawali tanda khusus ditulis di antara tanda petik',
      };
    case 'BAD_SCALAR_START':
      return {
        message: 'nilai diawali karakter yang tidak boleh memulai teks YAML',
        hint: 'tulis teks ini di antara tanda petik ganda, misalnya "…"',
      };
    case 'MISSING_CLOSE':
      return { message: 'tanda petik atau kurung tidak ditutup', hint: 'tambahkan tanda penutupnya' };
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_DIRECTIVE':
    case 'MULTIPLE_DOCS':
      return { message: `YAML tidak dapat dibaca: ${original.split('\n')[0]}`, hint: 'satu berkas berisi satu dokumen YAML biasa' };
    default:
      return { message: `YAML tidak dapat dibaca: ${original.split('\n')[0]}` };
  }
}
