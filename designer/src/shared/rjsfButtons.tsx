import { TranslatableString, type IconButtonProps } from '@rjsf/utils';

/**
 * @rjsf's array buttons draw a Bootstrap glyph from an icon font the app does not load, so they showed blank with
 * only a tooltip. These show their word (Add row, Remove…) in the form's language: a visible text that is also the
 * accessible name.
 */
function textButton(word: TranslatableString, className: string) {
  function TextButton(props: IconButtonProps) {
    // the icon props are @rjsf's own, not the DOM's: they must not reach the <button>
    const {
      registry,
      iconType: _iconType,
      icon: _icon,
      uiSchema: _uiSchema,
      className: extra,
      title: _title,
      ...rest
    } = props;
    const text = registry.translateString(word);
    return (
      <button type="button" {...rest} className={`rjsf-button ${className} ${extra ?? ''}`.trim()}>
        {text}
      </button>
    );
  }
  TextButton.displayName = `TextButton(${className})`;
  return TextButton;
}

const AddRowButton = textButton(TranslatableString.AddItemButton, 'rjsf-add');

/** Without @rjsf's grid wrapper (Bootstrap columns the app does not style): one button under the table. */
function AddButton(props: IconButtonProps) {
  return (
    <p className="rjsf-add-row">
      <AddRowButton {...props} />
    </p>
  );
}

export const TEXT_BUTTONS = {
  AddButton,
  RemoveButton: textButton(TranslatableString.RemoveButton, 'rjsf-remove'),
  MoveUpButton: textButton(TranslatableString.MoveUpButton, 'rjsf-move'),
  MoveDownButton: textButton(TranslatableString.MoveDownButton, 'rjsf-move'),
  CopyButton: textButton(TranslatableString.CopyButton, 'rjsf-copy'),
  ClearButton: textButton(TranslatableString.ClearButton, 'rjsf-clear'),
};
