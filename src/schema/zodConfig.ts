import { z } from 'zod';

// The built page's Content-Security-Policy forbids eval. Zod would probe for it (`new Function`) before compiling
// fast object checks, and the browser reports even a caught probe as a violation: check without compiled code.
z.config({ jitless: true });
