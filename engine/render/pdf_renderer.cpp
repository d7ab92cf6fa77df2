#include "render/pdf_renderer.h"
