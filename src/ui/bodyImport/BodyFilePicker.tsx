import { useState } from 'react';
import { BODY_FILE_TYPES } from '../../bodyImport/bodyFileRules';
import { pickBodyFile } from '../../state/bodyImportStore';

/** Where the user picks a body file or drops one. */
export function BodyFilePicker() {
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'body-drop body-drop--over' : 'body-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) void pickBodyFile(file);
      }}
    >
      <p>
        Drop a body mesh here, or choose one: glTF/GLB, OBJ or Collada (.dae, .zae), a standing body in any
        unit and orientation, up to 150 MB. The file stays on this device.
      </p>
      <label className="body-drop-choose">
        Choose a file
        <input
          type="file"
          accept={BODY_FILE_TYPES.join(',')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void pickBodyFile(file);
          }}
        />
      </label>
    </div>
  );
}
