import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native `<dialog>` opened with showModal: the browser keeps focus inside it and makes the page
 * behind it inert. Escape (the dialog's `cancel`), the close button or a click on the backdrop closes it, and focus
 * returns where it was.
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const box = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = box.current;
    if (!dialog) return;
    const before = document.activeElement as HTMLElement | null;
    // jsdom has no showModal: there the dialog is only marked open
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    const onCancel = (e: Event) => {
      e.preventDefault(); // React removes the dialog; the browser must not close it behind React's back
      onClose();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      before?.focus?.();
    };
  }, [onClose]);
  return (
    <dialog
      className="dialog"
      aria-label={title}
      ref={box}
      // the dialog's own box is only hit outside its content, on the backdrop
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="dialog-content">
        <header>
          <h2>{title}</h2>
          <button type="button" className="close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="dialog-body">{children}</div>
      </div>
    </dialog>
  );
}
